package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import news.akhbar.fanout.LoggedEvent;
import news.akhbar.fanout.StreamEvent;
import org.junit.jupiter.api.Test;

/** The replay ring and the live frames kept in it, on their own: no server, no store. */
class ReplayRingTest {

  private static final long BIG = 1L << 20;

  @Test
  void keepsTheLatestEventsUpToItsCapacity() {
    ReplayRing ring = fed(new ReplayRing(3, BIG), 1, 2, 3, 4, 5).ring();
    assertNull(ring.get(2));
    assertNotNull(ring.get(3));
    assertEquals(5, ring.head());
    assertTrue(ring.holdsAfter(2));
    assertFalse(ring.holdsAfter(1));
  }

  @Test
  void letsTheOldestGoWhenTheFramesOutgrowTheByteBound() {
    int oneFrame = FrameEncoder.event(event(1, "general")).chunkLength();
    ReplayRing ring = fed(new ReplayRing(100, 2L * oneFrame), 1, 2, 3, 4).ring();
    assertFalse(ring.holdsAfter(1));
    assertTrue(ring.holdsAfter(2));
  }

  @Test
  void anEventAfterAHoleStartsTheRingAfresh() {
    ReplayRing ring = fed(new ReplayRing(10, BIG), 1, 2, 5).ring();
    assertNull(ring.get(2));
    assertTrue(ring.holdsAfter(4));
    assertFalse(ring.holdsAfter(2));
  }

  @Test
  void replaysTheMissedFramesInOrderForTheReadersTopics() {
    LiveFrames frames = new LiveFrames(new ReplayRing(10, BIG));
    frames.accept(event(1, "sport"));
    frames.accept(event(2, "politics"));
    frames.accept(event(3, "sport"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(frames.ring().appendMissed(0, 3, Set.of("sport"), out));
    assertEquals("id: 1\nevent: article\ndata: {\"id\":\"1\"}\n\nid: 3\nevent: article\ndata: {\"id\":\"3\"}\n\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void saysSoWhenAMissedEventHasLeftTheRing() {
    ReplayRing ring = fed(new ReplayRing(2, BIG), 1, 2, 3, 4).ring();
    assertFalse(ring.appendMissed(1, 4, null, new ByteArrayOutputStream()));
  }

  @Test
  void everyReaderGetsTheFrameEncodedWhenTheEventArrived() {
    LiveFrames frames = new LiveFrames(new ReplayRing(10, BIG));
    StreamEvent item = event(1, "general");
    frames.accept(item);
    assertSame(frames.of(item), frames.of(item));
    assertSame(frames.ring().get(1).frame(), frames.of(item));
  }

  @Test
  void theResumePointIsDatedByItsCommitAndGoneOnceItLeft() {
    LiveFrames frames = new LiveFrames(new ReplayRing(2, BIG));
    frames.prefill(3, List.of(logged(1, 1_000), logged(2, 2_000), logged(3, 3_000)));
    assertEquals(3_000, frames.ring().resumePointMillis(3));
    assertEquals(ResumeRule.GONE, frames.ring().resumePointMillis(1));
    assertEquals(ResumeRule.GONE, frames.ring().resumePointMillis(0), "event 1 has left: 0 is not answerable");
  }

  @Test
  void aPrefillWhoseLogEndsBeforeTheStoresHeadStartsEmptyAtTheHead() {
    LiveFrames frames = new LiveFrames(new ReplayRing(10, BIG));
    frames.prefill(5, List.of(logged(1, 1_000), logged(2, 2_000)));
    assertEquals(5, frames.ring().head());
    assertNull(frames.ring().get(2));
    assertTrue(frames.ring().holdsAfter(5));
  }

  /** Live frames over the ring, fed these events (topic "general") from the fan-out. */
  private static LiveFrames fed(ReplayRing ring, long... ids) {
    LiveFrames frames = new LiveFrames(ring);
    for (long id : ids) {
      frames.accept(event(id, "general"));
    }
    return frames;
  }

  private static StreamEvent event(long id, String topic) {
    return new StreamEvent(id, "article", List.of(topic), "{\"id\":\"" + id + "\"}");
  }

  private static LoggedEvent logged(long id, long atMillis) {
    return new LoggedEvent(event(id, "general"), Instant.ofEpochMilli(atMillis));
  }
}
