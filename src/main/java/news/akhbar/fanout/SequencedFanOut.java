package news.akhbar.fanout;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Internals (fenced and upgrade-checked in arch/): ContextInternal.promise() makes a promise that completes on the
// publisher's context, where the HTTP answer waiting on it must be written; a plain Promise would call back here.

/**
 * Turns an at-most-once transport into gap-free, in-order delivery. It remembers the last id handed on; a message
 * that skips ahead, a (re)subscription, or a periodic poll makes it read the missing events from the store before
 * anything later goes out. All its state lives on one context.
 */
public final class SequencedFanOut implements FanOut {

  private static final Logger log = LoggerFactory.getLogger(SequencedFanOut.class);
  private static final int MAX_PENDING = 10_000;
  /** A publisher waits at most this long for its own event to be handed on here (a gap before it is filling). */
  private static final long LOCAL_DELIVERY_WAIT_MS = 2_000;
  /** While the transport is up, the store is still read this often, as a safety net: at most this late. */
  static final long SAFETY_NET_MS = 30_000;
  /** A PUBLISH that fails is tried again after these delays before the other instances are left to catch up. */
  private static final long[] REPUBLISH_MS = {100, 500, 2_000};

  private record Subscription(Context context, Consumer<StreamEvent> onItem) {}

  private final Vertx vertx;
  private final Context context;
  private final Transport transport;
  private final long pollMillis;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private final List<Consumer<StreamEvent>> observers = new CopyOnWriteArrayList<>();
  private final TreeMap<Long, List<Promise<Void>>> waiting = new TreeMap<>();
  private final TreeMap<Long, StreamEvent> pending = new TreeMap<>();
  private final FanOutStats stats = new FanOutStats();
  private final Drops drops = new Drops(stats);
  private final Holes holes = new Holes();
  private final CatchUp fromStore;
  private volatile long head;
  private long poller = -1;
  private boolean rejectedSinceCatchUp;

  public SequencedFanOut(Vertx vertx, Transport transport, History history, long pollMillis) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.transport = transport;
    this.pollMillis = pollMillis;
    this.fromStore = new CatchUp(history, stats, () -> head, this::takeFromStore);
  }

  /**
   * Starts listening with events up to the given id taken as handed on (a snapshot the observers were built from);
   * anything committed after it is caught up from the store and delivered.
   */
  public Future<Void> start(long from) {
    Promise<Void> started = Promise.promise();
    context.runOnContext(v -> startFrom(from).onComplete(started));
    return started.future();
  }

  private Future<Void> startFrom(long from) {
    head = from;
    poller = vertx.setPeriodic(pollMillis, id -> poll());
    return transport.start(this::heard, this::resubscribed, this::rejected, this::catchUp)
        .onSuccess(v -> catchUp());
  }

  @Override
  public Future<Void> publish(StreamEvent committed) {
    StreamEvent item = committed.sentNow();
    stats.published.increment();
    // completes on the publisher's own context: the HTTP answer waiting on it may only be written from there
    Promise<Void> handedOn = ((ContextInternal) vertx.getOrCreateContext()).promise();
    context.runOnContext(v -> {
      if (item.id() <= head) {
        handedOn.complete();
        return;
      }
      waiting.computeIfAbsent(item.id(), id -> new ArrayList<>(1)).add(handedOn);
      heard(item);
      if (!handedOn.future().isComplete()) {   // an earlier event is still missing: wait for it, but not for ever
        vertx.setTimer(LOCAL_DELIVERY_WAIT_MS, t -> handedOn.tryComplete());
      }
    });
    announce(item, 0);
    return handedOn.future();
  }

  /** Tells the other instances; a failed PUBLISH is tried again a few times, after which they catch up. */
  private void announce(StreamEvent item, int attempt) {
    transport.publish(item).onFailure(err -> {
      if (attempt < REPUBLISH_MS.length) {
        vertx.setTimer(REPUBLISH_MS[attempt], t -> announce(item, attempt + 1));
      } else {
        log.warn("publish of event {} to other instances failed ({}); they will catch up from the store",
            item.id(), err.toString());
      }
    });
  }

  @Override
  public void observe(Consumer<StreamEvent> listener) {
    observers.add(listener);
  }

  @Override
  public Future<AutoCloseable> subscribe(Consumer<StreamEvent> onItem) {
    Subscription sub = new Subscription(vertx.getOrCreateContext(), onItem);
    subscriptions.add(sub);
    return Future.succeededFuture(() -> subscriptions.remove(sub));
  }

  @Override
  public long head() {
    return head;
  }

  @Override
  public boolean connected() {
    return transport.connected();
  }

  public FanOutStats stats() {
    return stats;
  }

  private void resubscribed() {
    stats.resubscribed.increment();
    catchUp();
  }

  /**
   * A message that is not this deployment's: dropped. It may be an instance with another secret (a rolling change
   * of AKHBAR_FANOUT_SECRET), so the next poll reads the store; forgeries cost at most one read per poll.
   */
  private void rejected() {
    drops.unauthenticated();
    rejectedSinceCatchUp = true;
  }

  private void heard(StreamEvent item) {
    if (!StreamEvent.isEventName(item.event())) {   // before anything advances: the event could not be streamed
      drops.invalid(item.id());
      return;
    }
    if (item.id() <= head) {
      return;
    }
    if (item.id() == head + 1) {
      deliver(item);
      drainPending();
      return;
    }
    if (pending.size() < MAX_PENDING) {
      pending.put(item.id(), item);
    }
    catchUp();
  }

  /**
   * The periodic read of the store: every tick while the transport is down or silent (a frozen Redis, read at once
   * when it falls silent), the store was failing, a message was dropped, or events wait behind a gap (it may be a
   * hole); else only as a safety net (a message lost on a live connection, which Redis does not do, or a PUBLISH
   * that failed for good).
   */
  private void poll() {
    if (!transport.connected() || fromStore.failing() || rejectedSinceCatchUp || !pending.isEmpty()
        || holes.suspects(head + 1) || System.currentTimeMillis() - fromStore.lastMillis() >= SAFETY_NET_MS) {
      catchUp();
    }
  }

  private void catchUp() {
    rejectedSinceCatchUp = false;
    fromStore.read();
  }

  /** Hands on what the store had after the head, in order, stepping over holes once they are certain. */
  private void takeFromStore(List<StreamEvent> missed) {
    for (StreamEvent item : missed) {
      if (item.id() <= head) {
        continue;   // heard meanwhile
      }
      if (item.id() > head + 1 && !skipHoleBefore(item.id())) {
        break;
      }
      if (StreamEvent.isEventName(item.event())) {
        deliver(item);
      } else {
        skipUnstreamable(item);
      }
    }
    if (missed.isEmpty() && !pending.isEmpty() && pending.firstKey() > head + 1) {
      skipHoleBefore(pending.firstKey());   // heard, yet neither it nor what came before it is in the store
    }
    drainPending();
  }

  /**
   * Ids from head + 1 to before next are not in the store, and next is. Once {@link Holes} is certain that is a
   * hole, it is counted, logged once, and stepped over (observers and subscribers see the jump in ids); true then.
   */
  private boolean skipHoleBefore(long next) {
    long missing = head + 1;
    if (!holes.certain(missing, System.currentTimeMillis())) {
      return false;
    }
    stats.holes.increment();
    log.error("events {} to {} are missing from the event log while later ones are there (deleted, or lost in a "
        + "restore or failover); skipping them", missing, next - 1);
    advanceTo(next - 1);
    return true;
  }

  private void drainPending() {
    while (!pending.isEmpty() && pending.firstKey() <= head + 1) {
      StreamEvent next = pending.pollFirstEntry().getValue();
      if (next.id() == head + 1) {
        deliver(next);
      }
    }
  }

  /** An event in the store with a name no stream can carry: it cannot go out, and must not stop what follows. */
  private void skipUnstreamable(StreamEvent item) {
    stats.invalid.increment();
    log.error("event {} in the event log has an event name a stream cannot carry ({} characters); skipped",
        item.id(), item.event().length());
    advanceTo(item.id());
  }

  private void deliver(StreamEvent item) {
    for (Consumer<StreamEvent> observer : observers) {
      try {
        observer.accept(item);
      } catch (RuntimeException e) {
        log.error("an observer failed on event {}", item.id(), e);
      }
    }
    head = item.id();
    for (Subscription sub : subscriptions) {
      sub.context().runOnContext(v -> sub.onItem().accept(item));
    }
    advanceTo(item.id());
  }

  /** Everything up to this id is handed on (or skipped): publishers waiting for it may go. */
  private void advanceTo(long id) {
    head = id;
    while (!waiting.isEmpty() && waiting.firstKey() <= head) {
      waiting.pollFirstEntry().getValue().forEach(Promise::tryComplete);
    }
  }

  @Override
  public Future<Void> close() {
    Promise<Void> closed = Promise.promise();
    context.runOnContext(v -> {
      if (poller >= 0) {
        vertx.cancelTimer(poller);
      }
      transport.close().onComplete(closed);
    });
    return closed.future();
  }
}
