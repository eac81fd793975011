package news.akhbar.ticker;

import io.vertx.core.Future;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.ticker.ReplaySource.ResumePoint;

/**
 * Writes a new stream's opening and what its reader missed, then sends it live. Inside the replay ring that is one
 * write of bytes shared by every reader resuming from the same point, with no database round trip; further back,
 * the store is paged in bounded chunks (identical questions asked at once are asked once) until the ring can take
 * over. A resume the store cannot answer right now (PostgreSQL down) gets a reset, so the browser reloads its list
 * (served from memory) instead of giving up on an error. One per hub, used on its event loop only.
 */
final class Resumes {

  /** A resume point that was sent but is not a number. */
  static final long UNREADABLE = -1;
  static final int PAGE = 500;
  private static final int SHARED_OPENINGS = 32;

  private record Opening(long after, long upTo, Set<String> topics, int retry) {}

  private final TickerHub hub;
  private final ReplayRing ring;
  private final ReplaySource store;
  private final ResumeRule rule;
  private final TickerStats stats;
  private final Map<Object, Future<?>> asking = new HashMap<>();
  private final Map<Opening, Frame> openings = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Opening, Frame> eldest) {
      return size() > SHARED_OPENINGS;
    }
  };

  Resumes(TickerHub hub, ReplayRing ring, ReplaySource store, ResumeRule rule, TickerStats stats) {
    this.hub = hub;
    this.ring = ring;
    this.store = store;
    this.rule = rule;
    this.stats = stats;
  }

  /** @param after the reader's resume point: Long.MIN_VALUE for none, UNREADABLE for one that is not a number */
  void open(Subscriber reader, long after) {
    long head = hub.head();
    int retry = RetryHints.opening();
    if (after == Long.MIN_VALUE || (after == head && head > 0)) {
      reader.replay(fromRing(head, head, null, retry));
      reader.goLive(head);
    } else if (after == UNREADABLE) {
      reset(reader, retry);
    } else if (ringCanResume(after, head) && resumeFromRing(reader, after, retry)) {
      stats.replays.increment();
    } else {
      resumeFromStore(reader, after, retry);
    }
  }

  /**
   * Whether the ring can answer a resume after this id: it holds everything up to the head, and by the rule the
   * resume point it holds may be resumed from. A false answer says nothing either way: the store decides.
   */
  private boolean ringCanResume(long after, long head) {
    return head <= ring.head()
        && rule.allows(after, head, ring.resumePointMillis(after), System.currentTimeMillis());
  }

  private boolean resumeFromRing(Subscriber reader, long after, int retry) {
    long head = hub.head();
    Frame opening = fromRing(after, head, reader.topics(), retry);
    if (opening == null) {
      return false;
    }
    reader.replay(opening);
    reader.goLive(head);
    return true;
  }

  /** "ready" at after, then the ring's frames up to upTo, as one frame shared by readers asking the same; or null. */
  private Frame fromRing(long after, long upTo, Set<String> topics, int retry) {
    Opening key = new Opening(after, upTo, topics, retry);
    Frame known = openings.get(key);
    if (known != null) {
      return known;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(FrameEncoder.readyBytes(retry, after));
    if (!ring.appendMissed(after, upTo, topics, out)) {
      return null;
    }
    Frame frame = Frame.single(out.toByteArray());
    openings.put(key, frame);
    return frame;
  }

  private void resumeFromStore(Subscriber reader, long after, int retry) {
    this.<ResumePoint>once(after, () -> store.resumePoint(after)).onComplete(ar -> {
      if (reader.gone()) {
        return;
      }
      if (ar.failed() || !allowed(after, ar.result())) {
        reset(reader, retry);
        return;
      }
      stats.replays.increment();
      reader.replay(FrameEncoder.ready(retry, after));
      page(reader, after, ar.result().head(), retry);
    });
  }

  private boolean allowed(long after, ResumePoint point) {
    return rule.allows(after, point.head(), point.resumePointMillis(), System.currentTimeMillis());
  }

  /**
   * Writes (from, upTo] page by page; hands over to the ring as soon as it holds everything after from. Live events
   * after the hub's head at join queue meanwhile, and upTo (the store's head, read after joining) is at least that,
   * so going live at upTo or later misses nothing.
   */
  private void page(Subscriber reader, long from, long upTo, int retry) {
    if (from >= upTo) {
      reader.goLive(upTo);
      return;
    }
    long head = hub.head();
    if (ring.holdsAfter(from)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (from >= head || ring.appendMissed(from, head, reader.topics(), out)) {
        if (out.size() > 0) {
          reader.replay(Frame.single(out.toByteArray()));
        }
        reader.goLive(Math.max(from, head));
        return;
      }
    }
    Set<String> topics = reader.topics();
    this.<List<StreamEvent>>once(List.of(from, upTo, String.valueOf(topics)),
        () -> store.page(from, upTo, topics, PAGE)).onComplete(ar -> {
          if (reader.gone()) {
            return;   // cut off or gone: nothing more is read or encoded for it
          }
          if (ar.failed()) {
            reset(reader, retry);
            return;
          }
          List<StreamEvent> missed = ar.result();
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (StreamEvent item : missed) {
            out.writeBytes(FrameEncoder.eventBytes(item));
          }
          if (out.size() > 0) {
            reader.replay(Frame.single(out.toByteArray()));
          }
          page(reader, missed.size() < PAGE ? upTo : missed.get(missed.size() - 1).id(), upTo, retry);
        });
  }

  /** The resume point cannot be served: the reader reloads its list and carries on live from here. */
  private void reset(Subscriber reader, int retry) {
    long head = hub.head();
    stats.resets.increment();
    reader.replay(FrameEncoder.reset(retry, head));
    reader.goLive(head);
  }

  /** Asks the store once for everyone asking the same at the same time. */
  @SuppressWarnings("unchecked")
  private <T> Future<T> once(Object question, Supplier<Future<T>> ask) {
    Future<T> pending = (Future<T>) asking.get(question);
    if (pending != null) {
      return pending;
    }
    Future<T> answer = ask.get();
    asking.put(question, answer);
    answer.onComplete(ar -> asking.remove(question));
    return answer;
  }
}
