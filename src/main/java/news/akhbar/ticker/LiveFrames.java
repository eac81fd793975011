package news.akhbar.ticker;

import java.util.List;
import java.util.function.Consumer;
import news.akhbar.fanout.LoggedEvent;
import news.akhbar.fanout.StreamEvent;

/**
 * Turns each event from the fan-out into the frame every reader gets, once, and keeps it in the replay ring: live
 * delivery on every event loop writes that same frame, and resumes inside the ring replay it.
 */
public final class LiveFrames implements Consumer<StreamEvent> {

  private final ReplayRing ring;

  public LiveFrames(ReplayRing ring) {
    this.ring = ring;
  }

  ReplayRing ring() {
    return ring;
  }

  /** Fills the ring from the store's latest events (oldest first) up to its head; call before the fan-out starts. */
  public void prefill(long storeHead, List<LoggedEvent> latest) {
    ring.startAfter(latest.isEmpty() ? storeHead : latest.get(0).event().id() - 1);
    for (LoggedEvent logged : latest) {
      ring.keep(logged.event(), FrameEncoder.event(logged.event()), logged.at().toEpochMilli());
    }
    if (ring.head() != storeHead) {   // the log has a hole at its end: start empty at the store's head
      ring.startAfter(storeHead);
    }
  }

  /** A new event from the fan-out, in id order. */
  @Override
  public void accept(StreamEvent item) {
    ring.keep(item, FrameEncoder.event(item), System.currentTimeMillis());
  }

  /** The frame of a live event, encoded when it entered the ring; encoded now if it has already left. */
  Frame of(StreamEvent item) {
    ReplayRing.Entry e = ring.get(item.id());
    return e != null && e.item() == item ? e.frame() : FrameEncoder.event(item);
  }
}
