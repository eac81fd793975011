package news.akhbar.fanout;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the event log after the fan-out's head, one read at a time: a read asked for while one runs follows it, a
 * full page that moved the head is followed by the next page at once, and a failing store is retried quietly (by
 * whoever asks next). What a read finds goes to the fan-out, which decides what to hand on. Used on the fan-out's
 * context only.
 */
final class CatchUp {

  static final int PAGE = 1_000;
  private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

  private final History history;
  private final FanOutStats stats;
  private final LongSupplier head;
  private final Consumer<List<StreamEvent>> take;
  private boolean reading;
  private boolean again;
  private boolean failing;
  private long lastMillis;

  CatchUp(History history, FanOutStats stats, LongSupplier head, Consumer<List<StreamEvent>> take) {
    this.history = history;
    this.stats = stats;
    this.head = head;
    this.take = take;
  }

  /** True while the last read failed. */
  boolean failing() {
    return failing;
  }

  /** When a read was last asked for. */
  long lastMillis() {
    return lastMillis;
  }

  void read() {
    lastMillis = System.currentTimeMillis();
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    again = false;
    long from = head.getAsLong();
    stats.storeReads.increment();
    history.after(from, PAGE).onComplete(ar -> {
      reading = false;
      if (ar.failed()) {
        if (!failing) {
          log.warn("catch-up from the store after event {} failed: {} (retrying quietly)", from, ar.cause().toString());
        }
        failing = true;
        return;
      }
      if (failing) {
        log.info("catch-up from the store works again");
        failing = false;
      }
      List<StreamEvent> missed = ar.result();
      long before = head.getAsLong();
      take.accept(missed);
      boolean moved = head.getAsLong() > before;
      if (moved) {
        stats.caughtUp.increment();
      }
      if (again || (missed.size() == PAGE && moved)) {   // a full page that moved nothing waits for the next poll
        read();
      }
    });
  }
}
