package news.akhbar.ticker;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import java.util.Set;
import news.akhbar.web.ClientAddress;
import news.akhbar.web.FrontDoor;
import news.akhbar.web.HotRoute;
import news.akhbar.web.Problem;

/**
 * GET /api/v1/stream: join the hub first (live events queue), write the opening and what the reader missed (from
 * the replay ring, or paged from the store), then go live. Opened before the router (see {@link #tryServe}); only a
 * refusal reaches the router, which answers it with a 429.
 */
public final class TickerRoutes implements HotRoute {

  static final String STREAM = "/api/v1/stream";

  private final TickerHub hub;
  private final Resumes resumes;
  private final ConnectionLimiter limiter;
  private final TickerStats stats;
  private final int writeQueueBytes;
  private final ClientAddress addresses;

  TickerRoutes(TickerHub hub, Resumes resumes, ConnectionLimiter limiter, TickerStats stats, int writeQueueBytes,
      ClientAddress addresses) {
    this.addresses = addresses;
    this.hub = hub;
    this.resumes = resumes;
    this.limiter = limiter;
    this.stats = stats;
    this.writeQueueBytes = writeQueueBytes;
  }

  /**
   * The router's handler: the front door has asked tryServe already, and been refused, unless the router matched a
   * spelling of the path the front door does not know (dot segments, doubled slashes), which is asked here.
   */
  void mount(Router router) {
    router.get(STREAM).handler(rc -> {
      String path = FrontDoor.routedPath(rc.request().path());
      if (!StreamTopics.readable(rc.request())) {
        throw Problem.field(StreamTopics.COVERAGE, "must be a live coverage id (a non-negative whole number)");
      }
      if (matches(path) || !tryServe(rc.request(), path)) {
        stats.refused.increment();
        throw Problem.of(429, "too-many-streams", "too many open streams from this address")
            .withHeader("Retry-After", "5");
      }
    });
  }

  @Override
  public boolean matches(String path) {
    return path.equals(STREAM);
  }

  @Override
  public boolean answersHead() {
    return false;
  }

  /**
   * Opens the stream unless the reader's address is over its limit (then answers false and touches nothing, so the
   * router can turn the request into a 429).
   */
  @Override
  public boolean tryServe(HttpServerRequest req, String path) {
    String address = addresses.of(req);
    if (!StreamTopics.readable(req) || !limiter.tryAcquire(address)) {
      return false;
    }
    Set<String> topics = StreamTopics.of(req);
    String asked = req.getHeader("Last-Event-ID");
    long after = parseId(asked != null && !asked.isEmpty() ? asked : req.getParam("lastEventId"));
    HttpServerResponse res = req.response().setChunked(true);   // security headers: the router or the front door
    res.putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no")
        .putHeader("Content-Encoding", "identity")   // never gzipped: Vert.x skips responses with an encoding
        .setWriteQueueMaxSize(writeQueueBytes);
    Subscriber reader = new Subscriber(res, new StreamWriter(req, res), topics, hub);
    hub.join(reader);
    res.closeHandler(v -> {
      hub.leave(reader);
      limiter.release(address);
    });
    resumes.open(reader, after);
    return true;
  }

  /** Long.MIN_VALUE when absent, Resumes.UNREADABLE when not a plain non-negative decimal that fits. */
  static long parseId(String text) {
    if (text == null || text.isEmpty()) {
      return Long.MIN_VALUE;
    }
    if (text.length() > 18) {
      return Resumes.UNREADABLE;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return Resumes.UNREADABLE;
      }
    }
    return Long.parseLong(text);
  }
}
