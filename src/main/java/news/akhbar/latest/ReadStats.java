package news.akhbar.latest;

import java.util.concurrent.atomic.LongAdder;

/** Reads answered from the newest news in memory and reads that had to ask the store, for the metrics registry. */
public final class ReadStats {

  final LongAdder memory = new LongAdder();
  final LongAdder store = new LongAdder();

  public long memory() {
    return memory.sum();
  }

  public long store() {
    return store.sum();
  }

  /** Counts a read answered from memory (pages and feeds count theirs too). */
  public void fromMemory() {
    memory.increment();
  }

  /** Counts a read that went to the store. */
  public void fromStore() {
    store.increment();
  }
}
