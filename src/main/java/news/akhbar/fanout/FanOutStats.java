package news.akhbar.fanout;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters a metrics registry can read: events published here, resubscriptions, catch-ups from the store, and
 * messages dropped for not being sealed by this deployment or for carrying an event name no stream can carry.
 */
public final class FanOutStats {

  final LongAdder published = new LongAdder();
  final LongAdder resubscribed = new LongAdder();
  final LongAdder caughtUp = new LongAdder();
  final LongAdder unauthenticated = new LongAdder();
  final LongAdder invalid = new LongAdder();

  public long published() {
    return published.sum();
  }

  public long resubscribed() {
    return resubscribed.sum();
  }

  public long caughtUp() {
    return caughtUp.sum();
  }

  public long unauthenticated() {
    return unauthenticated.sum();
  }

  public long invalid() {
    return invalid.sum();
  }
}
