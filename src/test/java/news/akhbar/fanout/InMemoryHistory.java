package news.akhbar.fanout;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log as a list in memory, for the fan-out's unit tests. Reads can be held, to see what the fan-out does
 * while one is out, and released later on the context that asked.
 */
final class InMemoryHistory implements History {

  private final List<StreamEvent> committed = new ArrayList<>();
  private final List<Runnable> held = new ArrayList<>();
  private boolean holding;

  /** Commits events (in id order), as another instance's writes would. */
  synchronized void commit(StreamEvent... events) {
    committed.addAll(List.of(events));
  }

  /** From now on reads wait for {@link #release}. */
  synchronized void hold() {
    holding = true;
  }

  /** Answers the held reads, each on the context that asked, from what is committed by now. */
  synchronized void release() {
    holding = false;
    held.forEach(Runnable::run);
    held.clear();
  }

  @Override
  public synchronized Future<List<StreamEvent>> after(long after, int limit) {
    if (!holding) {
      return Future.succeededFuture(page(after, limit));
    }
    Context asking = Vertx.currentContext();
    Promise<List<StreamEvent>> answer = Promise.promise();
    held.add(() -> asking.runOnContext(v -> answer.complete(page(after, limit))));
    return answer.future();
  }

  @Override
  public synchronized Future<Long> head() {
    return Future.succeededFuture(committed.isEmpty() ? 0L : committed.get(committed.size() - 1).id());
  }

  private synchronized List<StreamEvent> page(long after, int limit) {
    List<StreamEvent> page = new ArrayList<>();
    for (StreamEvent e : committed) {
      if (e.id() > after && page.size() < limit) {
        page.add(e);
      }
    }
    return page;
  }
}
