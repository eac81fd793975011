package news.akhbar.ticker;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import news.akhbar.fanout.StreamEvent;

/**
 * The latest events in memory, each with the frame every reader gets (encoded once, by {@link LiveFrames}): a
 * reader resuming inside the ring is served from them with no database round trip (so also while PostgreSQL is
 * down). Bounded by a count and by bytes. One writer (the fan-out's thread, which feeds it before any hub hears of an
 * event); readers on any event loop, lock-free: a slot is checked for the id it should hold.
 */
public final class ReplayRing {

  /** One event with its frame and when this instance learnt of it (or when it was committed, for the prefill). */
  record Entry(StreamEvent item, Frame frame, long atMillis) {}

  private final AtomicReferenceArray<Entry> slots;
  private final int capacity;
  private final long maxBytes;
  private final long[] sizes;
  private long bytes;
  private volatile long head;
  private volatile long oldest = 1;

  /**
   * @param capacity events kept (at least 1)
   * @param maxBytes the most their frames may take together; older events leave first
   */
  public ReplayRing(int capacity, long maxBytes) {
    this.capacity = Math.max(1, capacity);
    this.slots = new AtomicReferenceArray<>(this.capacity);
    this.sizes = new long[this.capacity];
    this.maxBytes = maxBytes;
  }

  /** Empties the ring, to be filled with the events after this id. */
  void startAfter(long id) {
    head = id;
    oldest = id + 1;
    bytes = 0;
  }

  /** Keeps the next event; an event that does not follow the head starts the ring afresh (a hole). */
  void keep(StreamEvent item, Frame frame, long atMillis) {
    if (item.id() != head + 1) {   // a hole: what came before cannot be replayed from here any more
      oldest = item.id();
      bytes = 0;
    } else if (head - oldest + 1 >= capacity) {
      evictOldest();
    }
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

  /**
   * When the event a reader resumes after was committed (learnt), as the {@link ResumeRule} wants it: for 0, the
   * first event while the ring starts at it; {@link ResumeRule#GONE} when the ring does not hold it.
   */
  long resumePointMillis(long after) {
    Entry resumePoint = after == 0 ? (oldest == 1 ? get(1) : null) : get(after);
    return resumePoint == null ? ResumeRule.GONE : resumePoint.atMillis();
  }

  /**
   * The frames a reader resuming after {@code after} missed up to {@code upTo}, filtered by topics (null for all),
   * appended to out as event-stream bytes; false when an event left the ring meanwhile (the caller then asks the
   * store).
   */
  boolean appendMissed(long after, long upTo, Set<String> topics, ByteArrayOutputStream out) {
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
