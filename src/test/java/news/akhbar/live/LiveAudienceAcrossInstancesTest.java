package news.akhbar.live;

import static news.akhbar.live.EditorsAudience.audience;
import static news.akhbar.live.EditorsAudience.count;
import static news.akhbar.live.EditorsAudience.readers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TcpProxy;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "N reading now" with three instances sharing one Redis channel: exact, fresh, and rid of a dead instance. */
@ExtendWith(VertxExtension.class)
class LiveAudienceAcrossInstancesTest {

  private TestApp app;

  @BeforeEach
  void start(Vertx vertx) {
    app = TestApp.start(vertx);
    app.startInstance();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void editorsSeeTheExactCountOfReadersSpreadOverThreeInstancesWithinFiveSeconds() throws Exception {
    app.startInstance();
    readers(app, 0, "7", 2);
    List<SseProbe> second = readers(app, 1, "7", 3);
    readers(app, 2, "7", 4);
    readers(app, 2, "8", 1);                                  // another coverage
    app.openStream(1, "/api/v1/stream", null);                // the site-wide ticker is no coverage's reader
    app.openStream(1, "/api/v1/stream?topics=live:7,politics", null);   // nor is a stream wider than one coverage

    for (int instance = 0; instance < 3; instance++) {
      int asked = instance;
      assertTrue(Eventually.within(5, () -> count(app, asked, "7") == 9),
          "instance " + asked + " counts " + count(app, asked, "7") + " readers of 7, not 9");
    }
    JsonObject seven = audience(app, 0, "7");
    assertEquals("7", seven.getString("coverageId"));
    assertEquals(3, seven.getInteger("instances"));
    assertEquals(1, count(app, 0, "8"));
    assertEquals(0, count(app, 0, "9"));

    second.get(0).close();
    second.get(1).close();
    assertTrue(Eventually.within(5, () -> count(app, 2, "7") == 7), "two readers left, yet " + count(app, 2, "7"));
  }

  @Test
  void readersOfAnInstanceThatStopsAnsweringLeaveTheCountWithinFifteenSeconds(Vertx vertx) throws Exception {
    // The third instance reaches Redis through a relay: cutting it silences that instance as kill -9 would, since
    // its field is neither refreshed nor deleted (its shutdown path cannot reach Redis either).
    try (TcpProxy relay = TcpProxy.to(vertx, 6379)) {
      int doomed = app.startInstance(Map.of("AKHBAR_REDIS_URL", "redis://127.0.0.1:" + relay.port()));
      readers(app, 0, "11", 2);
      readers(app, 1, "11", 2);
      readers(app, doomed, "11", 3);
      assertTrue(Eventually.within(5, () -> count(app, 0, "11") == 7), "count " + count(app, 0, "11") + ", not 7");

      relay.cut();
      long cutAt = System.nanoTime();
      assertTrue(Eventually.within(15, () -> count(app, 0, "11") == 4 && count(app, 1, "11") == 4),
          "the silent instance's readers are still counted: " + count(app, 0, "11"));
      long seconds = (System.nanoTime() - cutAt) / 1_000_000_000L;
      assertTrue(seconds <= 15, "took " + seconds + " s");
      assertEquals(2, audience(app, 0, "11").getInteger("instances"));
      app.stopInstance(doomed);
    }
  }

  @Test
  void aStoppedInstanceTakesItsReadersOutOfTheCountAtOnce() throws Exception {
    readers(app, 0, "12", 1);
    readers(app, 1, "12", 2);
    assertTrue(Eventually.within(5, () -> count(app, 0, "12") == 3), "count " + count(app, 0, "12") + ", not 3");

    app.stopInstance(1);   // its shutdown deletes its field: no wait for it to go stale
    assertTrue(Eventually.within(3, () -> count(app, 0, "12") == 1), "count " + count(app, 0, "12") + ", not 1");
  }

  @Test
  void theEditorsCountNeedsAnEditorsTokenAndANumericId() {
    assertEquals(401, EditorsAudience.get(app, 0, "7", null).statusCode());
    var res = EditorsAudience.get(app, 0, "seven", TestApp.TOKEN);
    assertEquals(400, res.statusCode());
    assertEquals("id", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void metricsShowThisInstancesReadersPerCoverage() throws Exception {
    readers(app, 0, "21", 2);
    readers(app, 1, "21", 1);
    String scrape = app.get(0, "/metrics").bodyAsString();
    assertTrue(scrape.contains("akhbar_live_audience{coverage=\"21\"} 2.0"), "no gauge of 2 readers of 21");
    assertTrue(scrape.contains("akhbar_streams_open 2.0"), "site-wide open streams of this instance missing");
  }
}
