package news.akhbar.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TcpProxy;
import news.akhbar.support.TestApp;
import news.akhbar.support.ThrowawayRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real hole in the event ids (a row deleted, lost in a restore or a failover) is detected, counted and stepped
 * over: live delivery goes on after it instead of waiting for the missing id for ever.
 */
@ExtendWith(VertxExtension.class)
class EventLogHoleTest {

  @Test
  void anInstanceThatMustCatchUpStepsOverADeletedEventAndDeliversWhatFollows(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx);
         ThrowawayRedis redis = new ThrowawayRedis();
         TcpProxy pg = TcpProxy.to(vertx, 5432)) {
      int b = startCatchingUpInstance(app, redis, pg);
      SseProbe reader = app.openStream(b, "/api/v1/stream", null);
      redis.kill();   // B's only way to learn of events is now the catch-up from the event log

      pg.cut();   // ...which cannot read until the row is gone: the hole is there before B ever looks
      String first = post(app, "قبل الفجوة");
      String lost = post(app, "الخبر المحذوف");
      String after = post(app, "بعد الفجوة");
      app.db().execute("DELETE FROM stream_event WHERE id = " + lost);
      pg.restore();

      assertEquals(first, idOf(reader.nextItem(10)));
      assertEquals(after, idOf(reader.nextItem(15)), "delivery stopped at the hole");
      String later = post(app, "خبر لاحق");
      assertEquals(later, idOf(reader.nextItem(10)), "live delivery did not go on after the hole");
      assertNull(reader.nextItem(1), "an event arrived twice");

      assertEquals(1.0, metric(app, b, "akhbar_fanout_holes_total"));
      assertEquals(0.0, metric(app, 0, "akhbar_fanout_holes_total"), "A delivered everything itself: no hole");
    }
  }

  @Test
  void aHoleBeforeAFullPageOfEventsDoesNotSpinTheCatchUpWhileItWaits(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_WRITES_PER_MINUTE", "100000"));
         ThrowawayRedis redis = new ThrowawayRedis();
         TcpProxy pg = TcpProxy.to(vertx, 5432)) {
      int b = startCatchingUpInstance(app, redis, pg);
      SseProbe reader = app.openStream(b, "/api/v1/stream", null);
      redis.kill();

      pg.cut();
      String lost = post(app, "الخبر المحذوف");
      String last = null;
      for (int i = 0; i < CatchUp.PAGE; i++) {   // a full page after the hole: every read of it comes back full
        last = post(app, "خبر " + i);
      }
      app.db().execute("DELETE FROM stream_event WHERE id = " + lost);
      long readsBefore = app.instance(b).fanOut().stats().storeReads();
      pg.restore();

      assertEquals(Long.parseLong(lost) + 1, Long.parseLong(idOf(reader.nextItem(15))), "delivery stopped");
      long reads = app.instance(b).fanOut().stats().storeReads() - readsBefore;
      // Waiting out the hole takes a poll or two (500 ms apart here); re-reading a full page at once every time
      // would take hundreds of reads in that time.
      assertTrue(reads <= 20, reads + " reads of the event log while the hole was confirmed");
      SseEvent e;
      do {
        e = reader.nextItem(10);
      } while (e != null && !last.equals(e.id()));
      assertEquals(last, idOf(e), "the events after the hole did not all arrive");
    }
  }

  /** Instance B: its own Redis (for the test to kill), PostgreSQL through a relay the test can cut. */
  private static int startCatchingUpInstance(TestApp app, ThrowawayRedis redis, TcpProxy pg) {
    return app.startInstance(Map.of("AKHBAR_REDIS_URL", redis.url(),
        "AKHBAR_PG_URL", app.db().url().replace(":5432/", ":" + pg.port() + "/")));
  }

  private static String post(TestApp app, String title) {
    var res = app.post(0, TestApp.article(title));
    assertEquals(201, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject().getString("eventId");
  }

  private static String idOf(SseEvent e) {
    return e == null ? null : e.id();
  }

  private static double metric(TestApp app, int instance, String series) {
    String scrape = app.get(instance, "/metrics").bodyAsString();
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scrape);
    assertTrue(m.find(), series + " missing from /metrics");
    return Double.parseDouble(m.group(1));
  }
}
