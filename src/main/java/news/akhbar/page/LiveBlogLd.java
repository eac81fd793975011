package news.akhbar.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.json.Json;
import news.akhbar.live.CoverageView;
import news.akhbar.live.EntryView;

/**
 * schema.org LiveBlogPosting as JSON-LD, safe inside a script element: the article's NewsArticle fields, the
 * coverage's start (fixed when it was first published) and end, and one BlogPosting per entry the page shows.
 */
final class LiveBlogLd {

  private LiveBlogLd() {
  }

  static String of(Article a, CoverageView coverage, List<EntryView> shown, String url) {
    Map<String, Object> ld = NewsArticleLd.fields(a, url, ArticlePage.SITE_NAME);
    ld.put("@type", "LiveBlogPosting");
    ld.put("coverageStartTime", coverage.startedAt().toString());
    if (coverage.endedAt() != null) {
      ld.put("coverageEndTime", coverage.endedAt().toString());
    }
    List<Map<String, Object>> updates = new ArrayList<>(shown.size());
    for (EntryView e : shown) {
      Map<String, Object> update = new LinkedHashMap<>();
      update.put("@type", "BlogPosting");
      update.put("headline", EntryText.headline(e));
      update.put("articleBody", EntryText.body(e));
      update.put("datePublished", e.publishedAt().toString());
      update.put("dateModified", e.updatedAt().toString());
      update.put("author", Map.of("@type", "Person", "name", e.author().name()));
      update.put("url", url + "#entry-" + e.id());
      updates.add(update);
    }
    ld.put("liveBlogUpdate", updates);
    return PageState.scriptSafe(Json.string(ld));
  }
}
