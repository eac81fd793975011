package news.akhbar.ticker;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/** Stream counters shared by every hub of the process, read by the metrics registry. */
public final class TickerStats {

  final LongAdder open = new LongAdder();
  final LongAdder delivered = new LongAdder();
  final LongAdder slowDropped = new LongAdder();
  final LongAdder replays = new LongAdder();
  final LongAdder resets = new LongAdder();
  final LongAdder refused = new LongAdder();
  volatile LongConsumer fanOutMillis = millis -> { };

  /** Receives, per event and event loop, the time from announcement to the end of the write loop. */
  public void onFanOut(LongConsumer recorder) {
    this.fanOutMillis = recorder;
  }

  public long open() {
    return open.sum();
  }

  public long delivered() {
    return delivered.sum();
  }

  public long slowDropped() {
    return slowDropped.sum();
  }

  public long replays() {
    return replays.sum();
  }

  public long resets() {
    return resets.sum();
  }

  public long refused() {
    return refused.sum();
  }
}
