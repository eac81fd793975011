package news.akhbar.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what an HTTP/1.x request body may cost. It must arrive in time, like a request head: no gap between two of
 * its reads longer than the head timeout and all of it within the body timeout, or the request is answered 408 (if
 * nothing was answered yet) and its connection closed. A body the answer left unread (a 401, 413 or 415 given
 * before reading it, or a route that reads none) is drained when its Content-Length is at most {@link #DRAIN_BYTES},
 * so the connection stays usable; a larger or chunked one gets "Connection: close" on the answer, and the connection
 * is closed once the answer is written, after a short bounded linger (so the client reads its answer before the
 * close), so the rest is never read. A client hanging up mid-request is not the
 * server's failure: one debug line, no stack trace. HTTP/2 is left to its own flow control (closing its connection
 * would end the other streams on it).
 */
public final class RequestBodies {

  /** The most an unread body may still hold for the connection to be kept (and the rest read and dropped). */
  public static final long DRAIN_BYTES = 64 * 1024;

  /** How long a refused body's connection lingers, reading and dropping, before it is closed. */
  static final long LINGER_MILLIS = 1_000;
  /** The most a refused body's connection reads and drops while it lingers. */
  static final long LINGER_BYTES = 256 * 1024;

  private static final Logger log = LoggerFactory.getLogger(RequestBodies.class);
  private static final String WATCHED = "akhbar.bodyWatched";

  private final Vertx vertx;
  private final long gapNanos;
  private final long totalNanos;

  /**
   * @param gapSeconds the longest silence within a body (AKHBAR_HEADER_TIMEOUT_SECONDS); 0 or less: not timed
   * @param totalSeconds the most a whole body may take (AKHBAR_BODY_TIMEOUT_SECONDS); 0 or less: not timed
   */
  public RequestBodies(Vertx vertx, int gapSeconds, int totalSeconds) {
    this.vertx = vertx;
    this.gapNanos = TimeUnit.SECONDS.toNanos(Math.max(0, gapSeconds));
    this.totalNanos = TimeUnit.SECONDS.toNanos(Math.max(0, totalSeconds));
  }

  /** Mounts the watch ahead of every route, and the quiet end of a hang-up ahead of every other failure handler. */
  public void mount(Router router) {
    router.route().handler(this::watch);
    router.route().failureHandler(RequestBodies::clientGone);
  }

  private void watch(RoutingContext rc) {
    HttpServerRequest req = rc.request();
    if (rc.get(WATCHED) == null && req.version() != HttpVersion.HTTP_2 && contentLength(req) != 0) {
      rc.put(WATCHED, Boolean.TRUE);
      new Body(rc).start();
    }
    rc.next();
  }

  /** The declared body length: 0 without a body, -1 when chunked (the length is not known ahead). */
  static long contentLength(HttpServerRequest req) {
    String length = req.getHeader("Content-Length");
    if (length == null) {
      return req.getHeader("Transfer-Encoding") == null ? 0 : -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void clientGone(RoutingContext rc) {
    if (!(rc.failure() instanceof HttpClosedException) && !rc.response().closed()) {
      rc.next();
      return;
    }
    log.atDebug().addKeyValue("requestId", RequestIds.of(rc)).log("{} {} [{}]: the client hung up before the answer",
        rc.request().method(), rc.normalizedPath(), RequestIds.of(rc));
  }

  /** One request's body: its clock, and what becomes of it once the request is answered. */
  private final class Body {

    private final RoutingContext rc;
    private final HttpServerRequest req;
    private final long started = System.nanoTime();
    private long seen;
    private long timer = -1;
    private boolean timedOut;
    private boolean closing;

    Body(RoutingContext rc) {
      this.rc = rc;
      this.req = rc.request();
    }

    void start() {
      rc.addHeadersEndHandler(v -> headersGoingOut());
      rc.addBodyEndHandler(v -> answered());
      schedule();
    }

    private void schedule() {
      if (gapNanos == 0 && totalNanos == 0) {
        return;
      }
      long wait = gapNanos > 0 ? gapNanos : totalNanos;
      if (totalNanos > 0) {
        wait = Math.min(wait, started + totalNanos - System.nanoTime());
      }
      timer = vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), t -> check());
    }

    private void check() {
      timer = -1;
      if (req.isEnded() || rc.response().closed()) {
        return;
      }
      boolean late = totalNanos > 0 && System.nanoTime() - started >= totalNanos;
      if (!late && (gapNanos == 0 || req.bytesRead() > seen)) {
        seen = req.bytesRead();
        schedule();
        return;
      }
      timedOut = true;
      log.atInfo().addKeyValue("requestId", RequestIds.of(rc)).log("{} {} [{}]: request body timed out after {} bytes",
          req.method(), rc.normalizedPath(), RequestIds.of(rc), req.bytesRead());
      if (rc.response().headWritten()) {
        close();
      } else {
        ProblemHandler.send(rc.response(), Problem.of(408, "request-timeout",
            "the request body did not arrive in time; send it whole and without pauses"));
      }
    }

    private void headersGoingOut() {
      long length = contentLength(req);
      closing = timedOut || !req.isEnded() && (length < 0 || length > DRAIN_BYTES);
      if (closing) {
        rc.response().putHeader("Connection", "close");
      }
    }

    private void answered() {
      if (closing) {
        close();
      } else if (!req.isEnded()) {
        req.resume();   // the little that is left is read and dropped; the clock still runs on it
      } else if (timer >= 0) {
        vertx.cancelTimer(timer);
      }
    }

    /**
     * Closes the connection once the answer is out, lingering first: for up to {@link #LINGER_MILLIS}, and at most
     * {@link #LINGER_BYTES} more, what the client still sends is read and dropped. Closing a socket with unread bytes
     * in it makes the kernel send a reset, and a reset can reach the client before it has read the answer, which it
     * then never sees (a 413 turned into "connection closed"): a client that stops sending once it has the answer, as
     * clients do, gets the answer and then the close.
     */
    private void close() {
      if (timer >= 0) {
        vertx.cancelTimer(timer);
      }
      if (req.isEnded()) {
        vertx.runOnContext(v -> req.connection().close());
        return;
      }
      long until = req.bytesRead() + LINGER_BYTES;
      long linger = vertx.setTimer(LINGER_MILLIS, t -> req.connection().close());
      Runnable done = () -> {
        vertx.cancelTimer(linger);
        req.connection().close();
      };
      req.handler(chunk -> {
        if (req.bytesRead() >= until) {
          done.run();
        }
      });
      req.endHandler(v -> done.run());
      req.resume();
    }
  }
}
