package news.akhbar.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import news.akhbar.article.Article;
import news.akhbar.latest.Page;
import news.akhbar.web.PathIds;

/**
 * Renders the article page from resources/page/article.html, with the "أحدث الأخبار" sidebar and its starting
 * state for webroot/ticker.js. Every value is HTML-escaped except the body, which the editor API cleaned with a
 * jsoup safelist before it was stored.
 */
final class ArticlePage {

  static final String SITE_NAME = "أخبار";
  private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "ps", "ku");
  private static final Map<String, String> LOCALES = Map.of("ar", "ar_AR", "en", "en_US", "tr", "tr_TR",
      "fr", "fr_FR", "fa", "fa_IR", "ur", "ur_PK");

  private final String articleTemplate = Html.template("/page/article.html");
  /** Part of the ETag, so a deploy that changes the page is not answered with 304 from the old one. */
  final String version = Integer.toHexString(articleTemplate.hashCode());

  /** The page's own address: origin plus /a/ and the slug percent-encoded as UTF-8, as the feeds link it. */
  static String url(String origin, String slug) {
    return origin + PathIds.articlePath(slug);
  }

  /**
   * @param latest the sidebar's list
   * @param headlines chosen from that list: the banner
   */
  String article(Article a, String origin, Page latest, Headlines headlines) {
    String url = url(origin, a.slug());
    String lang = a.lang() == null ? "ar" : a.lang();
    Map<String, String> v = new HashMap<>();
    v.put("lang", Html.escape(lang));
    v.put("dir", RTL.contains(lang) ? "rtl" : "ltr");
    v.put("locale", LOCALES.getOrDefault(lang, Html.escape(lang)));
    v.put("id", Html.escape(a.id()));
    v.put("title", Html.escape(a.title()));
    v.put("description", Html.escape(a.excerpt()));
    v.put("url", Html.escape(url));
    v.put("published", a.publishedAt().toString());
    v.put("modified", modified(a).toString());
    v.put("section", Html.escape(TopicNames.of(a.topic())));
    v.put("topicParam", Html.escape(URLEncoder.encode(String.valueOf(a.topic()), StandardCharsets.UTF_8)));
    v.put("publishedShown", ArabicDates.shortDate(a.publishedAt()));
    v.put("publishedFull", Html.escape(ArabicDates.fullDate(a.publishedAt())));
    v.put("jsonld", NewsArticleLd.of(a, url, SITE_NAME));
    v.put("body", a.body() == null ? "" : a.body());
    v.put("sourceLine", a.source() == null || a.source().isBlank() ? ""
        : "<p class=\"story-source\" lang=\"ar\" dir=\"rtl\">المصدر| " + Html.escape(a.source()) + "</p>");
    String next = latest.next(PageState.PAGE_SIZE);
    v.put("breaking", headlines.bannerHtml());
    v.put("more", String.valueOf(next != null));
    v.put("items", ListItems.items(latest.items()));
    v.put("state", PageState.block(null, null, latest, next));
    return Html.fill(articleTemplate, v);
  }

  static Instant modified(Article a) {
    return a.updatedAt() != null ? a.updatedAt() : a.publishedAt();
  }
}
