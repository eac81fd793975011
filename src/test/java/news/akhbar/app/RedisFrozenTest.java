package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import news.akhbar.support.ThrowawayRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redis freezes (SIGSTOP: its sockets stay open, nothing answers) while editors post. Every instance notices the
 * silence within a couple of seconds and reads the event log instead, then goes back to Redis when it thaws: readers
 * everywhere get every event once, in order, seconds late at most rather than for as long as the freeze lasts.
 */
@ExtendWith(VertxExtension.class)
class RedisFrozenTest {

  /** Generous: the silence is noticed within 2 s and the log read every 0.5 s; without that, 30 s (safety net). */
  private static final int WITHIN_SECONDS = 3;

  @Test
  void readersOnBothInstancesGetEachPostWithinSecondsOnceAndInOrder(Vertx vertx) throws Exception {
    try (ThrowawayRedis redis = new ThrowawayRedis();
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_REDIS_URL", redis.url()))) {
      int other = app.startInstance();
      SseProbe onOther = app.openStream(other, "/api/v1/stream", null);
      SseProbe onPoster = app.openStream(0, "/api/v1/stream", null);
      postAndExpect(app, "قبل تجمد ريديس", onOther, onPoster);

      redis.freeze();
      List<Long> frozenMillis = new ArrayList<>();
      try {
        for (int i = 0; i < 5; i++) {
          frozenMillis.add(postAndExpect(app, "أثناء تجمد ريديس " + i, onOther, onPoster));
        }
      } finally {
        redis.thaw();
      }
      // a figure, not an assertion: the bound above is the test; this says how far under it
      System.out.println("redis frozen: post-to-arrival on the other instance, ms: " + frozenMillis);

      for (int i = 0; i < 3; i++) {
        postAndExpect(app, "بعد عودة ريديس " + i, onOther, onPoster);
      }
      assertNull(onOther.nextItem(2), "a duplicate arrived on the other instance (Redis's held messages?)");
      assertNull(onPoster.nextItem(0), "a duplicate arrived on the posting instance");
    }
  }

  /**
   * Posts to instance 0 (answered at once: committed first) and expects exactly that event next on each reader;
   * returns the milliseconds from the post to its arrival on the first reader.
   */
  private static long postAndExpect(TestApp app, String title, SseProbe... readers) throws InterruptedException {
    long start = System.nanoTime();
    long firstArrival = -1;
    var res = app.post(0, TestApp.article(title));
    assertEquals(201, res.statusCode(), res.bodyAsString());
    String id = res.bodyAsJsonObject().getString("eventId");
    for (SseProbe reader : readers) {
      SseEvent e = reader.nextItem(WITHIN_SECONDS);
      assertNotNull(e, "event " + id + " (" + title + ") did not arrive within " + WITHIN_SECONDS + " s");
      assertEquals(id, e.id(), "events out of order or repeated");
      if (firstArrival < 0) {
        firstArrival = (System.nanoTime() - start) / 1_000_000;
      }
    }
    return firstArrival;
  }
}
