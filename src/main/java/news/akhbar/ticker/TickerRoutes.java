package news.akhbar.ticker;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.akhbar.article.EventLog;
import news.akhbar.web.Problem;

/** GET /api/v1/stream: join the hub first (live events queue), replay what the reader missed, then go live. */
public final class TickerRoutes {

  static final int RETRY_MILLIS = 2_000;
  private static final long MALFORMED = -1;

  private final TickerHub hub;
  private final EventLog events;
  private final ConnectionLimiter limiter;
  private final TickerStats stats;
  private final int writeQueueBytes;
  private final boolean trustForwarded;

  TickerRoutes(TickerHub hub, EventLog events, ConnectionLimiter limiter, TickerStats stats, int writeQueueBytes,
      boolean trustForwarded) {
    this.trustForwarded = trustForwarded;
    this.hub = hub;
    this.events = events;
    this.limiter = limiter;
    this.stats = stats;
    this.writeQueueBytes = writeQueueBytes;
  }

  void mount(Router router) {
    router.get("/api/v1/stream").handler(this::streamTicker);
  }

  void streamTicker(RoutingContext rc) {
    String address = clientAddress(rc);
    if (!limiter.tryAcquire(address)) {
      stats.refused.increment();
      throw Problem.of(429, "too-many-streams", "too many open streams from this address").withHeader("Retry-After", "5");
    }
    Set<String> topics = topics(rc.queryParam("topics"));
    String asked = rc.request().getHeader("Last-Event-ID");
    long after = parseId(asked != null && !asked.isEmpty() ? asked : rc.queryParams().get("lastEventId"));
    HttpServerResponse res = rc.response().setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no")
        .setWriteQueueMaxSize(writeQueueBytes);
    Subscriber reader = new Subscriber(res, new StreamWriter(rc.request(), res), topics, hub);
    hub.join(reader);
    Runnable leave = once(() -> {
      hub.leave(reader);
      limiter.release(address);
    });
    res.closeHandler(v -> leave.run());
    long head = hub.head();
    if (after == Long.MIN_VALUE || (after == head && head > 0)) {
      reader.goLive(SseFrame.ready(RETRY_MILLIS, head), List.of(), head);
      return;
    }
    if (after == MALFORMED) {
      stats.resets.increment();
      reader.goLive(SseFrame.reset(RETRY_MILLIS, head), List.of(), head);
      return;
    }
    events.replay(after, topics).onSuccess(replay -> {
      if (replay.resumable()) {
        stats.replays.increment();
        reader.goLive(SseFrame.ready(RETRY_MILLIS, after), replay.missed(), replay.head());
      } else {
        stats.resets.increment();
        reader.goLive(SseFrame.reset(RETRY_MILLIS, replay.head()), List.of(), replay.head());
      }
    }).onFailure(err -> {
      leave.run();
      rc.fail(Problem.unavailable("the event log cannot be read right now; retry shortly"));
    });
  }

  /** The reader's address: the first X-Forwarded-For hop when a trusted proxy sits in front, else the peer. */
  private String clientAddress(RoutingContext rc) {
    String forwarded = trustForwarded ? rc.request().getHeader("X-Forwarded-For") : null;
    if (forwarded != null && !forwarded.isBlank()) {
      int comma = forwarded.indexOf(',');
      return (comma < 0 ? forwarded : forwarded.substring(0, comma)).strip();
    }
    return rc.request().remoteAddress().host();
  }

  private static Runnable once(Runnable action) {
    boolean[] done = {false};
    return () -> {
      if (!done[0]) {
        done[0] = true;
        action.run();
      }
    };
  }

  /** Long.MIN_VALUE when absent, MALFORMED when not a plain non-negative decimal that fits. */
  static long parseId(String text) {
    if (text == null || text.isEmpty()) {
      return Long.MIN_VALUE;
    }
    if (text.length() > 18) {
      return MALFORMED;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return MALFORMED;
      }
    }
    return Long.parseLong(text);
  }

  static Set<String> topics(List<String> params) {
    if (params.isEmpty()) {
      return null;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String param : params) {
      for (String topic : param.split(",")) {
        if (!topic.isBlank()) {
          wanted.add(topic.strip());
        }
      }
    }
    return wanted.isEmpty() ? null : Set.copyOf(wanted);
  }
}
