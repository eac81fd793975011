package news.akhbar.feed;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.ListQuery;
import news.akhbar.article.Page;
import news.akhbar.web.Caching;
import news.akhbar.web.Json;

/** GET /feed.atom and GET /feed.json: the latest 50 live items, ?topic= for one topic, revalidated with 304. */
public final class FeedRoutes {

  static final int ITEMS = 50;

  private final ArticleStore store;

  public FeedRoutes(ArticleStore store) {
    this.store = store;
  }

  public void mount(Router router) {
    router.get("/feed.atom").handler(rc -> feed(rc, true));
    router.get("/feed.json").handler(rc -> feed(rc, false));
  }

  void feed(RoutingContext rc, boolean atom) {
    String topicParam = rc.queryParams().get("topic");
    String topic = topicParam == null || topicParam.isBlank() ? null : topicParam.strip().toLowerCase(Locale.ROOT);
    store.list(new ListQuery(ITEMS, topic, null, null, null)).onSuccess(page -> {
      String etag = Caching.weakTag(atom ? "atom" : "json", page.lastEventId(),
          topic == null ? "all" : Integer.toHexString(topic.hashCode()));
      if (Caching.notModified(rc, etag, page.lastModified(), Caching.LISTS)) {
        return;
      }
      FeedMeta meta = meta(rc.request(), topic, atom, page);
      rc.response().putHeader("Content-Type", atom ? "application/atom+xml; charset=utf-8"
              : "application/feed+json; charset=utf-8")
          .end(atom ? Buffer.buffer(AtomFeed.write(meta, page.items())) : Json.buffer(JsonFeed.of(meta, page.items())));
    }).onFailure(rc::fail);
  }

  private static FeedMeta meta(HttpServerRequest req, String topic, boolean atom, Page page) {
    String base = req.scheme() + "://" + req.authority().host()
        + (req.authority().port() > 0 ? ":" + req.authority().port() : "");
    String query = topic == null ? "" : "?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
    String self = base + (atom ? "/feed.atom" : "/feed.json") + query;
    String title = topic == null ? "أخبار — آخر الأخبار" : "أخبار — " + topic;
    Instant fallback = page.lastModified() != null ? page.lastModified() : Instant.EPOCH;
    String id = "tag:akhbar.news,2025:feed" + (topic == null ? "" : "/" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
    return new FeedMeta(id, title, base, base + "/", self, AtomFeed.updated(page.items(), fallback));
  }
}
