package news.akhbar.editor;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import news.akhbar.web.Problem;
import news.akhbar.web.TokenBucket;

/**
 * Limits writes per editor with a token bucket: a burst of up to the per-minute budget, refilled evenly over the
 * minute. Kept per process: with N instances an editor may write up to N times the budget.
 */
public final class WriteLimiter {

  private final int perMinute;
  private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  public WriteLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** After {@link BearerAuth}: lets the write through or fails it with 429 and Retry-After. */
  void handle(RoutingContext rc) {
    TokenBucket bucket = buckets.computeIfAbsent(Principal.of(rc).key(),
        k -> new TokenBucket(perMinute, System.nanoTime()));
    long waitNanos = bucket.take(System.nanoTime());
    if (waitNanos > 0) {
      long seconds = TokenBucket.retryAfterSeconds(waitNanos);
      throw Problem.of(429, "too-many-writes", "at most " + perMinute + " writes a minute; try again in "
          + seconds + " s").withHeader("Retry-After", Long.toString(seconds));
    }
    rc.next();
  }
}
