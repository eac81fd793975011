package news.akhbar.fanout;

import java.util.concurrent.atomic.LongAdder;

/** Counters a metrics registry can read: events published here, resubscriptions, catch-ups from the store. */
public final class FanOutStats {

  final LongAdder published = new LongAdder();
  final LongAdder resubscribed = new LongAdder();
  final LongAdder caughtUp = new LongAdder();

  public long published() {
    return published.sum();
  }

  public long resubscribed() {
    return resubscribed.sum();
  }

  public long caughtUp() {
    return caughtUp.sum();
  }
}
