package news.akhbar.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a list item (src/main/jte/item.jte) needs beyond the article: a search snippet as parts of text, each marked
 * or not. The template writes them as text and {@code <mark>}, so nothing else of a snippet can become markup.
 */
final class ListItems {

  /** A run of a snippet's text, inside a {@code <mark>} or not. */
  record Part(String text, boolean marked) {
  }

  private static final Pattern MARK = Pattern.compile("</?mark>");

  private ListItems() {
  }

  /**
   * The store's snippet (its text escaped as &amp;, &lt;, &gt;, the matches between {@code <mark>} and
   * {@code </mark>}) as plain-text parts. A mark never stays open past the end or closes twice.
   */
  static List<Part> snippet(String html) {
    List<Part> parts = new ArrayList<>();
    if (html == null) {
      return parts;
    }
    Matcher m = MARK.matcher(html);
    int at = 0;
    boolean open = false;
    while (m.find()) {
      add(parts, html.substring(at, m.start()), open);
      open = m.group().equals("<mark>");
      at = m.end();
    }
    add(parts, html.substring(at), open);
    return parts;
  }

  /** Adds text to the last part when that has the same marking, so a stray tag splits nothing. */
  private static void add(List<Part> parts, String escaped, boolean marked) {
    String text = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    if (text.isEmpty()) {
      return;
    }
    Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    if (last != null && last.marked() == marked) {
      parts.set(parts.size() - 1, new Part(last.text() + text, marked));
    } else {
      parts.add(new Part(text, marked));
    }
  }
}
