package news.akhbar.page;

import news.akhbar.live.EntryView;
import org.jsoup.Jsoup;

/** A live entry as plain text: its body's words (for JSON-LD) and a headline for the key events' box. */
final class EntryText {

  /** The longest headline made from a body, in characters; the same rule reaches live.js through the site rules. */
  static final int HEADLINE_CHARS = 110;

  private EntryText() {
  }

  /** The body's text, its tags dropped (the body is sanitised HTML). */
  static String body(EntryView e) {
    return Jsoup.parseBodyFragment(e.body()).text();
  }

  /** The entry's title, or else the start of its text, cut at a word with an ellipsis when longer. */
  static String headline(EntryView e) {
    if (e.title() != null && !e.title().isBlank()) {
      return e.title();
    }
    return cut(body(e));
  }

  static String cut(String text) {
    if (text.length() <= HEADLINE_CHARS) {
      return text;
    }
    int space = text.lastIndexOf(' ', HEADLINE_CHARS);
    return text.substring(0, space > 0 ? space : HEADLINE_CHARS) + "…";
  }
}
