package news.akhbar.ticker;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import news.akhbar.fanout.FanOut;
import news.akhbar.web.ClientAddress;
import news.akhbar.web.HotRoute;

/**
 * The stream of one event loop: its hub, subscribed to the fan-out, and its route. Built inside an HTTP verticle so
 * the hub lives on that verticle's context.
 */
public final class Ticker implements HotRoute {

  private final TickerHub hub;
  private final TickerRoutes routes;
  private final RetryHints hints;
  private final TopicAudience audience;
  private AutoCloseable subscription;

  /**
   * @param store where resumes read what the replay ring no longer holds
   * @param frames the live frames, kept in the replay ring
   * @param addresses what a reader's address is, for the per-address stream limit
   * @param goodbyeMillis the shortest retry: hint of a stream ended on SIGTERM
   * @param goodbyeSpreadMillis how far above it those hints are spread
   * @param audience the per-topic stream counts every hub of the process adds to, and their notices
   */
  public Ticker(ReplaySource store, LiveFrames frames, ResumeRule rule, ConnectionLimiter limiter, TickerStats stats,
      int writeQueueBytes, ClientAddress addresses, int goodbyeMillis, int goodbyeSpreadMillis,
      TopicAudience audience) {
    this.audience = audience;
    this.hub = new TickerHub(stats, frames, audience);
    this.routes = new TickerRoutes(hub, new Resumes(hub, frames.ring(), store, rule, stats), limiter, stats,
        writeQueueBytes, addresses);
    this.hints = new RetryHints(goodbyeMillis, goodbyeSpreadMillis);
  }

  /** Mounts GET /api/v1/stream's refusal; the stream itself opens before the router (see {@link #tryServe}). */
  public void mount(Router router) {
    routes.mount(router);
  }

  @Override
  public boolean matches(String path) {
    return routes.matches(path);
  }

  /** Opens a stream without the router; false when the request must go through it (a refusal to write). */
  @Override
  public boolean tryServe(HttpServerRequest request, String path) {
    return routes.tryServe(request, path);
  }

  @Override
  public boolean answersHead() {
    return routes.answersHead();
  }

  /** Subscribes the hub to the fan-out, on the caller's context, and starts its heartbeat. */
  public Future<Void> start(Vertx vertx, FanOut fanOut, int heartbeatSeconds) {
    hub.startHeartbeat(vertx, heartbeatSeconds);
    audience.attach(vertx.getOrCreateContext(), hub);
    return fanOut.subscribe(hub::onItem).map(s -> {
      subscription = s;
      hub.advanceTo(fanOut.head());   // read after subscribing: anything up to here is already in the store
      return null;
    });
  }

  /** Stops taking events and ends every stream with a retry hint spread per reader. */
  public void stop(Vertx vertx) {
    hub.stopHeartbeat(vertx);
    audience.detach(hub);
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception ignored) {
        // closing an in-memory subscription cannot fail
      }
    }
    hub.closeAll(hints);
  }
}
