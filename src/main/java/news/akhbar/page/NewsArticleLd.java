package news.akhbar.page;

import java.util.LinkedHashMap;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.json.Json;

/** schema.org NewsArticle as JSON-LD, safe to put inside a script element. */
final class NewsArticleLd {

  private NewsArticleLd() {
  }

  static String of(Article a, String url, String siteName) {
    return PageState.scriptSafe(Json.string(fields(a, url, siteName)));
  }

  /** The NewsArticle's fields in order, for a page whose own type (LiveBlogPosting) extends them. */
  static Map<String, Object> fields(Article a, String url, String siteName) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "NewsArticle");
    ld.put("headline", a.title());
    ld.put("description", a.excerpt());
    ld.put("inLanguage", a.lang());
    ld.put("datePublished", a.publishedAt().toString());
    ld.put("dateModified", ArticlePage.modified(a).toString());
    ld.put("articleSection", TopicNames.of(a.topic()));
    ld.put("url", url);
    ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
    ld.put("publisher", Map.of("@type", "Organization", "name", siteName));
    if (a.source() != null && !a.source().isBlank()) {
      ld.put("sourceOrganization", Map.of("@type", "Organization", "name", a.source()));
    }
    return ld;
  }
}
