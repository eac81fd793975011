package news.akhbar.fanout;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters a metrics registry can read: events published here, resubscriptions, catch-ups from the store and the
 * reads they took, messages dropped for not being sealed by this deployment or for carrying an event name no stream
 * can carry, and holes in the event ids stepped over.
 */
public final class FanOutStats {

  final LongAdder published = new LongAdder();
  final LongAdder resubscribed = new LongAdder();
  final LongAdder caughtUp = new LongAdder();
  final LongAdder storeReads = new LongAdder();
  final LongAdder unauthenticated = new LongAdder();
  final LongAdder invalid = new LongAdder();
  final LongAdder holes = new LongAdder();

  public long published() {
    return published.sum();
  }

  public long resubscribed() {
    return resubscribed.sum();
  }

  public long caughtUp() {
    return caughtUp.sum();
  }

  public long storeReads() {
    return storeReads.sum();
  }

  public long unauthenticated() {
    return unauthenticated.sum();
  }

  public long invalid() {
    return invalid.sum();
  }

  public long holes() {
    return holes.sum();
  }
}
