package news.akhbar.web;

/**
 * A token bucket: a burst of up to the per-minute budget, refilled evenly over the minute. Thread-safe; times are
 * System.nanoTime() values.
 */
public final class TokenBucket {

  private final int perMinute;
  private double tokens;
  private long at;

  /** A full bucket. */
  public TokenBucket(int perMinute, long now) {
    this.perMinute = perMinute;
    this.tokens = perMinute;
    this.at = now;
  }

  /** Takes one token; returns 0 on success, else the nanoseconds until one will be there. */
  public synchronized long take(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / (perMinute / 60e9));
  }

  /** True when the bucket has refilled to its budget (nobody took from it for a minute). */
  public synchronized boolean full(long now) {
    refill(now);
    return tokens >= perMinute;
  }

  private void refill(long now) {
    tokens = Math.min(perMinute, tokens + Math.max(0, now - at) * (perMinute / 60e9));
    at = Math.max(at, now);
  }

  /** Whole seconds to wait for a token, at least 1, for a Retry-After header. */
  public static long retryAfterSeconds(long waitNanos) {
    return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }
}
