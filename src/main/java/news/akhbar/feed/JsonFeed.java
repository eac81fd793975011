package news.akhbar.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.web.PathIds;

/** Builds a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) for the one ObjectMapper to write. */
final class JsonFeed {

  private JsonFeed() {
  }

  static Map<String, Object> of(FeedMeta meta, List<Article> items) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", meta.title());
    feed.put("home_page_url", meta.homeUrl());
    feed.put("feed_url", meta.selfUrl());
    feed.put("language", "ar");
    feed.put("authors", List.of(Map.of("name", "أخبار")));
    feed.put("items", items.stream().map(a -> item(meta, a)).toList());
    return feed;
  }

  private static Map<String, Object> item(FeedMeta meta, Article a) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", FeedText.entryId(a.id()));
    item.put("url", meta.base() + PathIds.articlePath(a.slug()));
    item.put("title", FeedText.line(a.title()));
    item.put("summary", a.excerpt());
    item.put("content_html", a.body());
    item.put("date_published", a.publishedAt().toString());
    item.put("date_modified", a.updatedAt().toString());
    item.put("language", a.lang());
    item.put("tags", List.of(a.topic()));
    if (a.source() != null && !a.source().isBlank()) {
      item.put("authors", List.of(Map.of("name", a.source())));
    }
    return item;
  }
}
