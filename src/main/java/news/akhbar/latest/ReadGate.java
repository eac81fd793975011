package news.akhbar.latest;

import io.vertx.core.http.HttpServerRequest;
import news.akhbar.web.ReadLimiter;

/**
 * The one gate of readers' reads, API, pages and feeds alike: each is counted by where its answer came from, and one
 * that memory cannot answer is charged to its asker's budget (AKHBAR_COLD_READS_PER_MINUTE) before the store is
 * asked.
 */
public final class ReadGate {

  private final ReadStats stats;
  private final ReadLimiter coldReads;

  public ReadGate(ReadStats stats, ReadLimiter coldReads) {
    this.stats = stats;
    this.coldReads = coldReads;
  }

  public void fromMemory() {
    stats.fromMemory();
  }

  /** Before asking the store: takes one read from the client's budget (throws the 429 problem when spent), counts it. */
  public void fromStore(HttpServerRequest req) {
    coldReads.take(req);
    stats.fromStore();
  }
}
