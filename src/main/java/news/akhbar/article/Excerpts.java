package news.akhbar.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Derives an excerpt from a body: its text without its figures' captions and credits, cut at a word boundary, with
 * an ellipsis when cut.
 */
public final class Excerpts {

  public static final int LENGTH = 200;

  private Excerpts() {
  }

  public static String fromBody(String body) {
    Document doc = Jsoup.parse(body);
    doc.select("figure").remove();
    String text = doc.text().strip();
    if (text.length() <= LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LENGTH);
    if (cut < LENGTH / 2) {
      cut = LENGTH;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
    }
    return text.substring(0, cut).strip() + "…";
  }
}
