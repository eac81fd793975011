package news.akhbar.latest;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;
import news.akhbar.web.CachedResponse;
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

  /** Sends memory's answer and counts it; false, with nothing sent, when memory has none (null). */
  public boolean sendFromMemory(CachedResponse hot, HttpServerRequest req) {
    if (hot == null) {
      return false;
    }
    fromMemory();
    hot.send(req);
    return true;
  }

  /** Charges and counts the read (see {@link #fromStore}), then asks the store and sends its answer or fails. */
  public void sendFromStore(RoutingContext rc, Supplier<Future<CachedResponse>> read) {
    fromStore(rc.request());
    read.get().onSuccess(answer -> answer.send(rc.request())).onFailure(rc::fail);
  }
}
