package news.akhbar.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits anonymous reads that cost PostgreSQL work (a search, a page memory cannot answer) per client address, with
 * a token bucket: a burst of up to the per-minute budget, refilled evenly over the minute. Kept per process and
 * shared by every event loop. Over it: 429 problem+json with Retry-After.
 *
 * <p>The table of addresses is bounded: past {@code maxAddresses} the buckets that have refilled (idle for a
 * minute) are dropped, and should that not be enough, addresses not yet in the table share one bucket until it is.
 */
public final class ReadLimiter {

  static final String OVERFLOW = "(too many addresses)";
  private static final long SWEEP_EVERY_NANOS = 1_000_000_000L;

  private final String what;
  private final int perMinute;
  private final ClientAddress addresses;
  private final int maxAddresses;
  private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private volatile long sweptAt = Long.MIN_VALUE;

  /**
   * @param what what is counted, in the plural, for the problem's detail ("searches")
   * @param perMinute the budget per address; 0 means unlimited
   */
  public ReadLimiter(String what, int perMinute, ClientAddress addresses, int maxAddresses) {
    this.what = what;
    this.perMinute = perMinute;
    this.addresses = addresses;
    this.maxAddresses = maxAddresses;
  }

  /** Takes one read from the client's budget, or throws the 429 problem saying when to retry. */
  public void take(HttpServerRequest req) {
    if (perMinute > 0) {
      take(addresses.of(req), System.nanoTime());
    }
  }

  void take(String address, long now) {
    if (perMinute <= 0) {
      return;
    }
    long waitNanos = bucketOf(address, now).take(now);
    if (waitNanos > 0) {
      long seconds = TokenBucket.retryAfterSeconds(waitNanos);
      throw Problem.of(429, "too-many-requests", "at most " + perMinute + " " + what + " a minute from one address; "
          + "try again in " + seconds + " s").withHeader("Retry-After", Long.toString(seconds));
    }
  }

  private TokenBucket bucketOf(String address, long now) {
    TokenBucket known = buckets.get(address);
    if (known != null) {
      return known;
    }
    if (buckets.size() >= maxAddresses) {
      sweep(now);
      if (buckets.size() >= maxAddresses) {
        return buckets.computeIfAbsent(OVERFLOW, k -> new TokenBucket(perMinute, now));
      }
    }
    return buckets.computeIfAbsent(address, k -> new TokenBucket(perMinute, now));
  }

  /** Drops the buckets that are full again; at most once a second, whoever comes first. */
  private void sweep(long now) {
    long last = sweptAt;
    if (last != Long.MIN_VALUE && now - last < SWEEP_EVERY_NANOS) {
      return;
    }
    sweptAt = now;
    buckets.values().removeIf(b -> b.full(now));
  }

  int addresses() {
    return buckets.size();
  }
}
