package news.akhbar.editor;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import news.akhbar.web.Problem;

/**
 * Limits writes per editor with a token bucket: a burst of up to the per-minute budget, refilled evenly over the
 * minute. Kept per process: with N instances an editor may write up to N times the budget.
 */
public final class WriteLimiter {

  private final int perMinute;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public WriteLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** After {@link BearerAuth}: lets the write through or fails it with 429 and Retry-After. */
  void handle(RoutingContext rc) {
    Bucket bucket = buckets.computeIfAbsent(Principal.of(rc).key(), k -> new Bucket(perMinute, System.nanoTime()));
    long waitNanos = bucket.take(perMinute, System.nanoTime());
    if (waitNanos > 0) {
      rc.request().resume();
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      throw Problem.of(429, "too-many-writes", "at most " + perMinute + " writes a minute; try again in "
          + seconds + " s").withHeader("Retry-After", Long.toString(seconds));
    }
    rc.next();
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    /** Takes one token; returns 0 on success, else the nanoseconds until one will be there. */
    synchronized long take(int perMinute, long now) {
      double perNano = perMinute / 60e9;
      tokens = Math.min(perMinute, tokens + (now - at) * perNano);
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}
