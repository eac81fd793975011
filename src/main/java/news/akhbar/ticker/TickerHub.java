package news.akhbar.ticker;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Set;
import news.akhbar.fanout.StreamEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readers of one event loop. Touched only on its verticle's context: events arrive there from the fan-out,
 * are encoded once, and the same buffer goes to every reader. Readers sit in a plain array list; leaving swaps the
 * last one into the gap, and delivery walks the list backwards so that swap never skips anyone.
 */
final class TickerHub {

  private static final Logger log = LoggerFactory.getLogger(TickerHub.class);

  private final ArrayList<Subscriber> readers = new ArrayList<>();
  private final TickerStats stats;
  private final LiveFrames frames;
  private final TopicAudience audience;
  private long head;
  private long heartbeatTimer = -1;

  TickerHub(TickerStats stats, LiveFrames frames, TopicAudience audience) {
    this.stats = stats;
    this.frames = frames;
    this.audience = audience;
  }

  /** Readers joining from now on start after this id; events up to it are already in the store. */
  void advanceTo(long id) {
    head = Math.max(head, id);
  }

  long head() {
    return head;
  }

  int size() {
    return readers.size();
  }

  void startHeartbeat(Vertx vertx, int seconds) {
    heartbeatTimer = vertx.setPeriodic(seconds * 1000L, t -> {
      for (int i = readers.size() - 1; i >= 0; i--) {
        if (i < readers.size()) {
          readers.get(i).heartbeat();
        }
      }
    });
  }

  void stopHeartbeat(Vertx vertx) {
    if (heartbeatTimer >= 0) {
      vertx.cancelTimer(heartbeatTimer);
    }
  }

  void join(Subscriber reader) {
    reader.index = readers.size();
    readers.add(reader);
    stats.open.increment();
    audience.joined(reader.topics());
  }

  void leave(Subscriber reader) {
    int i = reader.index;
    if (i < 0) {
      return;
    }
    reader.index = -1;
    Subscriber last = readers.remove(readers.size() - 1);
    if (last != reader) {
      readers.set(i, last);
      last.index = i;
    }
    stats.open.decrement();
    audience.left(reader.topics());
  }

  void slowReaderDropped(Subscriber reader) {
    leave(reader);
    stats.slowDropped.increment();
  }

  void onItem(StreamEvent item) {
    if (item.id() <= head) {
      return;
    }
    head = item.id();
    Frame frame = frames.of(item);
    for (int i = readers.size() - 1; i >= 0; i--) {
      if (i < readers.size()) {
        Subscriber reader = readers.get(i);
        try {
          reader.offer(item, frame);
        } catch (RuntimeException e) {   // one broken reader must not cost the readers after it their event
          log.warn("a reader failed on event {}; cutting it off", item.id(), e);
          leave(reader);
          reader.abort();
        }
      }
    }
    stats.delivered.add(readers.size());
    if (item.sentAtMillis() > 0) {
      stats.fanOutMillis.accept(System.currentTimeMillis() - item.sentAtMillis());
    }
  }

  /** Writes a notice (no id, not stored) to the live readers narrowed to exactly this one topic. */
  void tell(String topic, Frame notice) {
    for (int i = readers.size() - 1; i >= 0; i--) {
      if (i < readers.size()) {
        Subscriber reader = readers.get(i);
        Set<String> topics = reader.topics();
        if (topics != null && topics.size() == 1 && topics.contains(topic)) {
          reader.notice(notice);
        }
      }
    }
  }

  /** Ends every stream with a short retry, spread per reader, so browsers come back soon but not all at once. */
  void closeAll(RetryHints hints) {
    for (Subscriber reader : new ArrayList<>(readers)) {
      leave(reader);
      reader.response.end(FrameEncoder.retry(hints.goodbye()).body());
    }
  }
}
