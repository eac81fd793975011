package news.akhbar.page;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.json.Json;

/** schema.org NewsArticle as JSON-LD, safe to put inside a script element. */
final class NewsArticleLd {

  /** The site's logo, served from webroot. */
  static final String LOGO = "/favicon.svg";

  private NewsArticleLd() {
  }

  /** The lead photo's widest size as an absolute URL, resolved against the page's own; null without a photo. */
  static String imageUrl(Article a, String pageUrl) {
    return a.photo() == null ? null : URI.create(pageUrl).resolve(a.photo().largest().url()).toString();
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
    ld.put("author", a.authors().stream().map(b -> Map.of("@type", b.type(), "name", b.name())).toList());
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("@type", "Organization");
    publisher.put("name", siteName);
    publisher.put("logo", Map.of("@type", "ImageObject", "url", URI.create(url).resolve(LOGO).toString()));
    ld.put("publisher", publisher);
    if (a.photo() != null) {
      Map<String, Object> image = new LinkedHashMap<>();
      image.put("@type", "ImageObject");
      image.put("url", imageUrl(a, url));
      image.put("width", a.photo().width());
      image.put("height", a.photo().height());
      if (a.photo().caption() != null) {
        image.put("caption", a.photo().caption());
      }
      ld.put("image", List.of(image));
    }
    if (a.source() != null && !a.source().isBlank()) {
      ld.put("sourceOrganization", Map.of("@type", "Organization", "name", a.source()));
    }
    return ld;
  }
}
