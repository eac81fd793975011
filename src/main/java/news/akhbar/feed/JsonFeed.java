package news.akhbar.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) for the one ObjectMapper to write, its text
 * filtered as the Atom feed's is (a lone surrogate would stop the JSON writer; control bytes trip feed readers).
 */
final class JsonFeed {

  private JsonFeed() {
  }

  static Map<String, Object> of(FeedMeta meta, List<FeedItem> items) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", FeedText.line(meta.title()));
    feed.put("home_page_url", meta.homeUrl());
    feed.put("feed_url", meta.selfUrl());
    feed.put("language", "ar");
    feed.put("authors", List.of(Map.of("name", "أخبار")));
    feed.put("items", items.stream().map(JsonFeed::item).toList());
    return feed;
  }

  private static Map<String, Object> item(FeedItem f) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", f.id());
    item.put("url", f.url());
    item.put("title", FeedText.line(f.title()));
    if (f.summary() != null) {
      item.put("summary", FeedText.xmlSafe(f.summary()));
    }
    item.put("content_html", FeedText.xmlSafe(f.html()));
    if (f.image() != null) {
      item.put("image", f.image());
    }
    item.put("date_published", f.published().toString());
    item.put("date_modified", f.updated().toString());
    if (f.lang() != null) {
      item.put("language", f.lang());
    }
    if (f.topic() != null) {
      item.put("tags", List.of(FeedText.line(f.topic())));
    }
    if (!f.authors().isEmpty()) {
      item.put("authors", f.authors().stream().map(name -> Map.of("name", FeedText.line(name))).toList());
    }
    return item;
  }
}
