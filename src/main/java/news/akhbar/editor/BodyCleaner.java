package news.akhbar.editor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article bodies against a safelist before they are stored: paragraphs, h2-h4, emphasis, lists, blockquote,
 * br, links (http/https only, rel="noopener nofollow") and this server's own photos (an img whose src is a
 * /photos/{id}-{width}.jpg path, with alt text, in a figure; {@link BodyPhotos} rewrites each into its responsive
 * figure). Every other image is dropped, foreign URLs included: a page of ours never loads a picture from elsewhere
 * (no tracking pixel, no hot-linked picture that changes or vanishes). Everything else (scripts, event handlers,
 * styles, frames, SVG, javascript: and data: URLs) is dropped too.
 */
public final class BodyCleaner {

  /** The longest body an editor may send, in characters (before cleaning). */
  public static final int BODY_MAX = 200_000;

  private static final Safelist SAFELIST = new Safelist()
      .addTags("p", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "br", "a", "img",
          "figure", "figcaption")
      .addAttributes("a", "href", "title")
      .addAttributes("img", "src", "alt", "title")
      .addAttributes("blockquote", "cite")
      .addProtocols("a", "href", "http", "https")
      .addProtocols("blockquote", "cite", "http", "https")
      .addEnforcedAttribute("a", "rel", "noopener nofollow");

  private BodyCleaner() {
  }

  public static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return html;
    }
    Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
    // the safelist checks no protocol on img src: every image but our own photos goes here, whatever its URL
    clean.select("img").stream().filter(img -> !BodyPhotos.ours(img)).forEach(img -> img.remove());
    clean.select("figure:not(:has(img))").remove();
    clean.outputSettings().prettyPrint(false);
    return clean.body().html().strip();
  }

  /** Whether cleaned HTML shows nothing to a reader: no visible text (see {@link Fields#visible}) and no image. */
  public static boolean showsNothing(String cleanHtml) {
    if (cleanHtml == null) {
      return true;
    }
    Document doc = Jsoup.parseBodyFragment(cleanHtml);
    return !Fields.visible(doc.body().text()) && doc.select("img").isEmpty();
  }
}
