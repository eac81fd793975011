package news.akhbar.ticker;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import news.akhbar.article.LoggedEvent;
import news.akhbar.ticker.ResumeRule;
import news.akhbar.fanout.StreamEvent;

/**
 * The latest events in memory, each encoded once as the frame every reader gets: live delivery writes these frames,
 * and a reader resuming inside the ring is served from them with no database round trip (so also while PostgreSQL
 * is down). Bounded by a count and by bytes. One writer (the fan-out's thread, which feeds it before any hub hears
 * of an event); readers on any event loop, lock-free: a slot is checked for the id it should hold.
 */
public final class ReplayRing implements Consumer<StreamEvent> {

  /** One event with its frame and when this instance learnt of it (or when it was committed, for the prefill). */
  record Entry(StreamEvent item, Frame frame, long atMillis) {}

  private final AtomicReferenceArray<Entry> slots;
  private final int capacity;
  private final long maxBytes;
  private final Duration window;
  private final int replayLimit;
  private final long[] sizes;
  private long bytes;
  private volatile long head;
  private volatile long oldest = 1;

  /**
   * @param capacity events kept (at least 1)
   * @param maxBytes the most their frames may take together; older events leave first
   * @param window how old a resume point may be (AKHBAR_REPLAY_WINDOW)
   * @param replayLimit the most events one resume may replay (AKHBAR_REPLAY_LIMIT)
   */
  public ReplayRing(int capacity, long maxBytes, Duration window, int replayLimit) {
    this.capacity = Math.max(1, capacity);
    this.slots = new AtomicReferenceArray<>(this.capacity);
    this.sizes = new long[this.capacity];
    this.maxBytes = maxBytes;
    this.window = window;
    this.replayLimit = replayLimit;
  }

  /** Fills the ring from the store's latest events (oldest first) up to its head; call before the fan-out starts. */
  public void prefill(long storeHead, List<LoggedEvent> latest) {
    head = latest.isEmpty() ? storeHead : latest.get(0).event().id() - 1;
    oldest = head + 1;
    for (LoggedEvent logged : latest) {
      add(logged.event(), logged.at().toEpochMilli());
    }
    if (head != storeHead) {   // the log has a hole at its end: start empty at the store's head
      head = storeHead;
      oldest = storeHead + 1;
      bytes = 0;
    }
  }

  /** A new event from the fan-out, in id order. */
  @Override
  public void accept(StreamEvent item) {
    add(item, System.currentTimeMillis());
  }

  private void add(StreamEvent item, long atMillis) {
    if (item.id() != head + 1) {   // a hole: what came before cannot be replayed from here any more
      oldest = item.id();
      bytes = 0;
    } else if (head - oldest + 1 >= capacity) {
      evictOldest();
    }
    Frame frame = FrameEncoder.event(item);
    int slot = slot(item.id());
    slots.set(slot, new Entry(item, frame, atMillis));
    sizes[slot] = frame.chunkLength();
    bytes += sizes[slot];
    head = item.id();
    while (bytes > maxBytes && oldest < head) {
      evictOldest();
    }
  }

  private void evictOldest() {
    bytes -= sizes[slot(oldest)];
    oldest++;
  }

  private int slot(long id) {
    return (int) Math.floorMod(id, (long) capacity);
  }

  long head() {
    return head;
  }

  /** True when every event after this id, up to the ring's head, is here. */
  boolean holdsAfter(long id) {
    return id + 1 >= oldest && id <= head;
  }

  /** The event with this id, or null when it is not (or no longer) here. */
  Entry get(long id) {
    if (id < oldest || id > head) {
      return null;
    }
    Entry e = slots.get(slot(id));
    return e != null && e.item().id() == id ? e : null;
  }

  /** The frame of a live event, encoded when it entered the ring; encoded now if it has already left. */
  Frame frameOf(StreamEvent item) {
    Entry e = get(item.id());
    return e != null && e.item() == item ? e.frame() : FrameEncoder.event(item);
  }

  /**
   * Whether a resume after this id can be answered from here: the id is an event the ring holds (or 0 while the
   * ring starts at event 1), recent enough for the replay window, and within the replay limit of upTo. A false
   * answer says nothing either way: the store decides.
   */
  boolean canResume(long after, long upTo, long nowMillis) {
    if (upTo > head) {
      return false;
    }
    Entry resumePoint = after == 0 ? (oldest == 1 ? get(1) : null) : get(after);
    return ResumeRule.resumable(after, upTo, resumePoint == null ? ResumeRule.GONE : resumePoint.atMillis(),
        nowMillis - window.toMillis(), replayLimit);
  }

  /**
   * The frames a reader resuming after {@code after} missed up to {@code upTo}, filtered by topics (null for all),
   * appended to out as event-stream bytes; false when an event left the ring meanwhile (the caller then asks the
   * store).
   */
  boolean appendMissed(long after, long upTo, Set<String> topics, java.io.ByteArrayOutputStream out) {
    for (long id = after + 1; id <= upTo; id++) {
      Entry e = get(id);
      if (e == null) {
        return false;
      }
      if (Subscriber.wants(topics, e.item())) {
        out.writeBytes(e.frame().bytes());
      }
    }
    return true;
  }
}
