package news.akhbar.editor;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.article.Photo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The photos a body embeds, and their figures as pages show them. A body names a photo by an img whose src is one of
 * its sizes' paths (/photos/{id}-{width}.jpg, as the writing desk inserts it); before the body is stored, each such
 * img becomes a figure of its own at the body's top level, rebuilt from the stored photo: every size in srcset,
 * sizes, width and height (no jump while it loads), lazy loading, its alt text, and its caption and credit.
 */
final class BodyPhotos {

  private static final Pattern SRC = Pattern.compile("/photos/([0-9a-f]{32})-[1-9][0-9]{0,3}\\.jpg");
  static final String SIZES = "(min-width: 1024px) 66vw, 100vw";

  private BodyPhotos() {
  }

  /** Whether this img shows one of this server's photos (a relative /photos/ path) and has alt text. */
  static boolean ours(Element img) {
    return SRC.matcher(img.attr("src")).matches() && img.hasAttr("alt");
  }

  /** The ids of the photos a cleaned body embeds, in order. */
  static Set<String> ids(String cleanHtml) {
    Set<String> ids = new LinkedHashSet<>();
    if (cleanHtml != null) {
      for (Element img : Jsoup.parseBodyFragment(cleanHtml).select("img")) {
        Matcher m = SRC.matcher(img.attr("src"));
        if (m.matches()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }

  /** The cleaned body with each embedded photo as its responsive figure, a top-level block of its own. */
  static String embed(String cleanHtml, Map<String, Photo> photos) {
    if (photos.isEmpty()) {
      return cleanHtml;
    }
    Document doc = Jsoup.parseBodyFragment(cleanHtml);
    for (Element img : doc.body().select("img")) {
      Matcher m = SRC.matcher(img.attr("src"));
      Photo photo = m.matches() ? photos.get(m.group(1)) : null;
      if (photo == null) {
        continue;
      }
      Element holder = img.parent() != null && img.parent().nameIs("figure") ? img.parent() : img;
      Element top = holder;
      while (top.parent() != doc.body()) {
        top = top.parent();
      }
      Element figure = figure(doc, photo);
      if (top == holder) {
        holder.replaceWith(figure);
      } else {
        top.after(figure);
        holder.remove();
      }
    }
    doc.outputSettings().prettyPrint(false);
    return doc.body().html().strip();
  }

  private static Element figure(Document doc, Photo photo) {
    Element figure = doc.createElement("figure").addClass("story-photo");
    figure.appendElement("img").attr("src", photo.largest().url()).attr("srcset", photo.srcset())
        .attr("sizes", SIZES).attr("width", String.valueOf(photo.width()))
        .attr("height", String.valueOf(photo.height())).attr("alt", photo.alt()).attr("loading", "lazy")
        .attr("decoding", "async");
    if (photo.caption() != null || photo.credit() != null) {
      Element caption = figure.appendElement("figcaption");
      if (photo.caption() != null) {
        caption.appendText(photo.caption());
      }
      if (photo.credit() != null) {
        caption.appendElement("span").addClass("credit").text(photo.credit());
      }
    }
    return figure;
  }
}
