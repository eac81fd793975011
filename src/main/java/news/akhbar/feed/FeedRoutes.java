package news.akhbar.feed;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.akhbar.latest.ListQueries;
import news.akhbar.latest.ListQuery;
import news.akhbar.latest.Page;
import news.akhbar.latest.LatestNews;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.ReadGate;
import news.akhbar.latest.Snapshot;
import news.akhbar.web.Caching;
import news.akhbar.topic.DisplayNames;
import news.akhbar.topic.NamedTopics;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.HotRoute;
import news.akhbar.json.Json;
import news.akhbar.web.Origins;
import news.akhbar.web.Problem;

/**
 * GET /feed.atom and GET /feed.json: the latest 50 live items, ?topic= for one topic, revalidated with 304. Encoded
 * once per event from the newest news in memory when it holds them all ({@link #tryServe}, before the router), else
 * read from the store; both ways give the same bytes.
 */
public final class FeedRoutes implements HotRoute {

  static final int ITEMS = 50;
  private static final String ATOM = "/feed.atom";
  private static final String JSON = "/feed.json";

  /** What an encoded feed depends on besides the snapshot. */
  private record Key(boolean atom, String topic, String origin) {
  }

  private final LatestNews latest;
  private final ListStore store;
  private final Origins origins;
  private final ReadGate reads;
  private final NamedTopics names;

  public FeedRoutes(LatestNews latest, ListStore store, Origins origins, ReadGate reads, NamedTopics names) {
    this.latest = latest;
    this.store = store;
    this.origins = origins;
    this.reads = reads;
    this.names = names;
  }

  public void mount(Router router) {
    router.get(ATOM).handler(rc -> feed(rc, true));
    router.get(JSON).handler(rc -> feed(rc, false));
  }

  @Override
  public boolean matches(String path) {
    return path.equals(ATOM) || path.equals(JSON);
  }

  /** Answers from memory when it holds the feed's items; false leaves the request to the router. */
  @Override
  public boolean tryServe(HttpServerRequest req, String path) {
    boolean atom = path.equals(ATOM);
    String topic;
    try {
      topic = ListQueries.topic(req.getParam("topic"));
    } catch (Problem invalid) {
      return false;   // the router answers the 400
    }
    Snapshot now = latest.now();
    Optional<Page> page = now.list(query(topic));
    if (page.isEmpty()) {
      return false;
    }
    String origin = origins.of(req);
    return reads.sendFromMemory(now.encoded(new Key(atom, topic, origin), () -> encode(atom, topic, origin,
        page.get(), names.now())), req);
  }

  /** Memory did not hold the feed (tryServe was asked first): the store's. */
  void feed(RoutingContext rc, boolean atom) {
    String topic = ListQueries.topic(rc.queryParams().get("topic"));   // a bad one: the 400
    String origin = origins.of(rc.request());
    reads.sendFromStore(rc, () -> store.list(query(topic)).map(p -> encode(atom, topic, origin, p, names.now())));
  }

  private static ListQuery query(String topic) {
    return new ListQuery(ITEMS, topic, null, null, null);
  }

  static CachedResponse encode(boolean atom, String topic, String origin, Page page, DisplayNames names) {
    List<FeedItem> items = page.items().stream().map(a -> FeedItem.of(a, origin, names)).toList();
    FeedMeta meta = meta(origin, topic == null ? null : names.of(topic), topic, atom, page, items);
    byte[] body = atom ? AtomFeed.write(meta, items).getBytes(StandardCharsets.UTF_8)
        : Json.bytes(JsonFeed.of(meta, items));
    String tag = (atom ? "atom-" : "json-") + page.lastEventId() + "-"
        + (topic == null ? "all" : Integer.toHexString(topic.hashCode())) + "-"
        + Integer.toHexString(origin.hashCode());
    return new CachedResponse(200, body, atom ? "application/atom+xml; charset=utf-8" : "application/feed+json; charset=utf-8",
        Caching.LISTS, tag, page.lastModified());
  }

  /** @param section the topic's display name, null for all */
  private static FeedMeta meta(String base, String section, String topic, boolean atom, Page page,
      List<FeedItem> items) {
    String query = topic == null ? "" : "?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
    String self = base + (atom ? ATOM : JSON) + query;
    String title = topic == null ? "أخبار — آخر الأخبار" : "أخبار — " + section;
    Instant fallback = page.lastModified() != null ? page.lastModified() : Instant.EPOCH;
    String id = "tag:akhbar.news,2025:feed" + (topic == null ? "" : "/" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
    return new FeedMeta(id, title, base, base + "/", self, AtomFeed.updated(items, fallback));
  }
}
