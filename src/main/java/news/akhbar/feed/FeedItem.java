package news.akhbar.feed;

import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.article.Byline;
import news.akhbar.topic.DisplayNames;
import news.akhbar.web.PathIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One entry of a feed, whatever it tells (an article, a live coverage's entry), as both feed formats write it.
 *
 * @param id the entry's permanent id (a tag: URI)
 * @param url its page (an article's, or a live page with the entry's anchor)
 * @param authors the names it is credited to, in order (empty when none is known)
 * @param topic null for none
 * @param section the topic's display name (Atom's category label), null without a topic
 * @param lang null when it is the feed's own
 * @param summary null for none
 * @param html the body, sanitised HTML
 * @param image the lead photo's widest size, absolute; null for none
 */
record FeedItem(String id, String title, String url, List<String> authors, String topic, String section,
                String lang,
                String summary, String html, Instant published, Instant updated, String image) {

  static FeedItem of(Article a, String base, DisplayNames names) {
    return new FeedItem(FeedText.entryId(a.id()), a.title(), base + PathIds.articlePath(a.slug()),
        a.authors().stream().map(Byline::name).toList(),
        a.topic(), a.topic() == null ? null : names.of(a.topic()), a.lang(), a.excerpt(), absolutePhotos(a.body(), base),
        a.publishedAt(), a.updatedAt(),
        a.photo() == null ? null : base + a.photo().largest().url());
  }

  /** The body with its embedded photos' src and srcset made absolute: a feed reader has no page to resolve them. */
  static String absolutePhotos(String html, String base) {
    if (html == null || !html.contains("src=\"/photos/")) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element img : doc.select("img[src^=/photos/]")) {
      img.attr("src", base + img.attr("src"));
      if (img.hasAttr("srcset")) {
        img.attr("srcset", img.attr("srcset").replace("/photos/", base + "/photos/"));
      }
    }
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
