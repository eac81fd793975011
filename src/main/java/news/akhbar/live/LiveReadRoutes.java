package news.akhbar.live;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;
import news.akhbar.latest.Cursor;
import news.akhbar.latest.ReadGate;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.Problem;

/**
 * The readers' live reads, from the store (each charged to the reader's budget of reads memory cannot answer), all
 * cacheable for 2 s with a strong ETag: a coverage with a page of entries, its key events, one entry, and the delta
 * read (its events after an id) for clients without SSE, which a CDN serves to every poller from one answer.
 */
final class LiveReadRoutes {

  static final String COVERAGE = "/api/v1/live/:coverageId";
  static final String CACHE = "public, max-age=2";
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  /** Events one delta read returns at most; a client that gets this many asks again from the last. */
  static final int MAX_CHANGES = 100;

  /** One event as the delta read lists it: data is the event's JSON, as the stream sends it. */
  record ChangeView(String id, String event, @JsonRawValue String data) {}

  private final LiveReadStore store;
  private final ReadGate reads;

  LiveReadRoutes(LiveReadStore store, ReadGate reads) {
    this.store = store;
    this.reads = reads;
  }

  void mount(Router router) {
    router.get("/api/v1/live").handler(this::listCoverages);
    router.get(COVERAGE).handler(this::getCoverage);
    router.get(COVERAGE + "/key-events").handler(this::getKeyEvents);
    router.get(COVERAGE + "/entries/:entryId").handler(this::getEntry);
    router.get(COVERAGE + "/changes").handler(this::getChanges);
  }

  void listCoverages(RoutingContext rc) {
    send(rc, store.coverages(MAX_LIMIT).map(items -> Optional.of(Map.of("items", items))));
  }

  void getCoverage(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    boolean oldest = oldest(rc.request().getParam("order"));
    int limit = (int) Math.min(LiveIds.query(rc, "limit", DEFAULT_LIMIT), Integer.MAX_VALUE);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Problem.field("limit", "must be 1 to " + MAX_LIMIT);
    }
    String before = rc.request().getParam("before");
    Cursor from = before == null ? null : Cursor.decode(before);
    if (before != null && from == null) {
      throw Problem.field("before", "is not a cursor this server gave out");
    }
    send(rc, store.page(coverageId, oldest, limit, from).map(found -> found.map(page -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("coverage", page.coverage());
      body.put("pinned", page.pinned());
      body.put("items", page.items());
      body.put("next", page.next() == null ? null : page.next().encode());
      body.put("lastEventId", Long.toString(page.lastEventId()));
      return body;
    })));
  }

  void getKeyEvents(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    send(rc, store.keyEvents(coverageId, MAX_LIMIT).map(found -> found.map(items -> Map.of("items", items))));
  }

  void getEntry(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    long entryId = LiveIds.path(rc, "entryId");
    send(rc, store.entry(coverageId, entryId).map(found -> found.map(entry -> (Object) entry)), "live entry");
  }

  void getChanges(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    long since = LiveIds.query(rc, "since", 0);
    send(rc, store.changes(coverageId, since, MAX_CHANGES).map(found -> found.map(changes -> {
      List<StreamEvent> events = changes.events();
      List<ChangeView> out = new ArrayList<>(events.size());
      for (StreamEvent e : events) {
        out.add(new ChangeView(Long.toString(e.id()), e.event(), e.json()));
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("events", out);
      body.put("reset", changes.reset());
      body.put("lastEventId", Long.toString(events.isEmpty() ? since : events.get(events.size() - 1).id()));
      return body;
    })));
  }

  private static boolean oldest(String order) {
    if (order == null || order.equals("newest")) {
      return false;
    }
    if (order.equals("oldest")) {
      return true;
    }
    throw Problem.field("order", "must be newest or oldest");
  }

  private <T> void send(RoutingContext rc, Future<Optional<T>> read) {
    send(rc, read, "live coverage");
  }

  /** Charges the read, then sends the answer with a strong ETag (the body's digest), or a 404 naming what. */
  private <T> void send(RoutingContext rc, Future<Optional<T>> read, String what) {
    reads.sendFromStore(rc, () -> read.compose(found -> found.isEmpty() ? Future.failedFuture(Problem.notFound(what))
        : Future.succeededFuture(cached(Json.bytes(found.get())))));
  }

  private static CachedResponse cached(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      String tag = HexFormat.of().formatHex(digest, 0, 16);
      return new CachedResponse(200, body, "application/json; charset=utf-8", CACHE, tag, null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
