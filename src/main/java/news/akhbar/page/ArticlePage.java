package news.akhbar.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.akhbar.article.Article;
import news.akhbar.article.Byline;
import news.akhbar.latest.LiveStories;
import news.akhbar.latest.Page;
import news.akhbar.web.PathIds;

/**
 * Renders the article page (src/main/jte/article.jte), with the "أحدث الأخبار" sidebar and its starting state for
 * webroot/ticker.js.
 */
final class ArticlePage {

  static final String SITE_NAME = "أخبار";
  private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "ps", "ku");
  private static final Map<String, String> LOCALES = Map.of("ar", "ar_AR", "en", "en_US", "tr", "tr_TR",
      "fr", "fr_FR", "fa", "fa_IR", "ur", "ur_PK");

  /** Part of the ETag, so a deploy that changes the page is not answered with 304 from the old one. */
  final String version = Html.VERSION;

  /** The page's own address: origin plus /a/ and the slug percent-encoded as UTF-8, as the feeds link it. */
  static String url(String origin, String slug) {
    return origin + PathIds.articlePath(slug);
  }

  /**
   * @param latest the sidebar's list
   * @param headlines chosen from that list: the banner
   * @param live the stories whose live coverage runs: marked in the banner and the list
   */
  String article(Article a, String origin, Page latest, Headlines headlines, LiveStories live) {
    String url = url(origin, a.slug());
    String lang = a.lang() == null ? "ar" : a.lang();
    Head head = new Head(lang, RTL.contains(lang) ? "rtl" : "ltr", a.title() + " — أخبار", null, Head.READER_STYLES,
        "/article.js");
    String next = latest.next(PageState.PAGE_SIZE);
    String topicHref = "/?topic=" + URLEncoder.encode(String.valueOf(a.topic()), StandardCharsets.UTF_8);
    return Html.render("article", new ArticleView(head, a, url, locale(lang),
        modified(a).toString(), TopicNames.of(a.topic()), topicHref, NewsArticleLd.of(a, url, SITE_NAME),
        headlines.banner(), next != null, others(a, latest.items()), PageState.list(null, null, latest, next, live),
        live, NewsArticleLd.imageUrl(a, url)));
  }

  /** The sidebar's items without the article being read (webroot/ticker.js skips it too: #latest[data-exclude]). */
  static List<Article> others(Article read, List<Article> items) {
    return items.stream().filter(item -> !item.id().equals(read.id())).toList();
  }

  /** The names an article is credited to, as its byline reads them: «أ، ب و ج». */
  static String byline(Article a) {
    List<String> names = a.authors().stream().map(Byline::name).toList();
    int last = names.size() - 1;
    return last == 0 ? names.get(0) : String.join("، ", names.subList(0, last)) + " و" + names.get(last);
  }

  /** Open Graph's locale for a language. */
  static String locale(String lang) {
    return LOCALES.getOrDefault(lang, lang);
  }

  static Instant modified(Article a) {
    return a.updatedAt() != null ? a.updatedAt() : a.publishedAt();
  }
}
