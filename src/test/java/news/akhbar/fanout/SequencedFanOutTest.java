package news.akhbar.fanout;

import static news.akhbar.fanout.InMemoryTransport.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sequenced fan-out on its own: an in-memory event log and a transport driven by hand, no network. Whatever
 * the transport does (skip, repeat, reorder), the observers see every committed event once, in id order.
 */
@ExtendWith(VertxExtension.class)
class SequencedFanOutTest {

  /** Long enough that no periodic poll reads the log during a test: every read here has a cause the test made. */
  private static final long NO_POLL_MS = 600_000;

  private final InMemoryHistory history = new InMemoryHistory();
  private final InMemoryTransport transport = new InMemoryTransport();
  private final BlockingQueue<Long> seen = new LinkedBlockingQueue<>();
  private SequencedFanOut fanOut;

  @BeforeEach
  void start(Vertx vertx) {
    fanOut = new SequencedFanOut(vertx, transport, history, NO_POLL_MS);
    fanOut.observe(item -> seen.add(item.id()));
  }

  @Test
  void handsOnWhatTheTransportHearsInIdOrder() throws Exception {
    Await.of(fanOut.start(0));
    transport.hear(1);
    transport.hear(2);
    transport.hear(3);
    assertEquals(List.of(1L, 2L, 3L), next(3));
  }

  @Test
  void startsAfterTheSnapshotItWasGivenAndCatchesUpWhatCameSince() throws Exception {
    history.commit(event(1), event(2), event(3));
    Await.of(fanOut.start(2));
    assertEquals(List.of(3L), next(1));
    assertEquals(3, fanOut.head());
  }

  @Test
  void dropsAnEventHeardTwice() throws Exception {
    Await.of(fanOut.start(0));
    transport.hear(1);
    transport.hear(1);
    transport.hear(2);
    assertEquals(List.of(1L, 2L), next(2));
    assertEquals(List.of(), afterEverythingSettled());
  }

  @Test
  void fillsAGapFromTheLogBeforeHandingOnTheEventAfterIt() throws Exception {
    Await.of(fanOut.start(0));
    history.commit(event(1), event(2), event(3));   // the transport dropped 1 and 2
    transport.hear(3);
    assertEquals(List.of(1L, 2L, 3L), next(3));
    assertEquals(List.of(), afterEverythingSettled());
  }

  @Test
  void holdsEventsBehindAGapUntilTheLogHasAnsweredThenKeepsTheirOrder() throws Exception {
    Await.of(fanOut.start(0));
    history.commit(event(1), event(2), event(3), event(4));
    history.hold();
    transport.hear(4);
    transport.hear(3);
    assertEquals(List.of(), afterEverythingSettled(), "an event went out before the gap below it was filled");
    history.release();
    assertEquals(List.of(1L, 2L, 3L, 4L), next(4));
    assertEquals(List.of(), afterEverythingSettled());
  }

  @Test
  void anEventHeardLateAfterTheLogDeliveredItIsNotHandedOnAgain() throws Exception {
    Await.of(fanOut.start(0));
    history.commit(event(1), event(2));
    transport.resubscribe();   // reconnected: what was missed meanwhile comes from the log
    assertEquals(List.of(1L, 2L), next(2));
    transport.hear(2);
    transport.hear(1);
    history.commit(event(3));
    transport.hear(3);
    assertEquals(List.of(3L), next(1));
    assertEquals(List.of(), afterEverythingSettled());
  }

  @Test
  void readsTheLogAtOnceWhenTheTransportFallsSilentAndDropsTheHeldUpMessagesLater() throws Exception {
    Await.of(fanOut.start(0));
    history.commit(event(1), event(2));   // published, but the frozen server holds the messages
    transport.fallSilent();
    assertEquals(List.of(1L, 2L), next(2), "a silent transport sends the fan-out to the log at once");
    transport.hear(1);   // the server thaws and sends what it held
    transport.hear(2);
    assertEquals(List.of(), afterEverythingSettled());
  }

  /** The next n events observed, waiting up to 5 s for each. */
  private List<Long> next(int n) throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Long id = seen.poll(5, TimeUnit.SECONDS);
      if (id == null) {
        break;
      }
      ids.add(id);
    }
    return ids;
  }

  /** What was observed beyond what the test took, once the fan-out ran everything the test set off. */
  private List<Long> afterEverythingSettled() {
    Await.of(transport.settled());
    List<Long> extra = new ArrayList<>();
    seen.drainTo(extra);
    return extra;
  }
}
