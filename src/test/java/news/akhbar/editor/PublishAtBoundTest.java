package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** publishAt is bounded by the newsroom's embargo limit, and an absurd time already stored never breaks a tick. */
class PublishAtBoundTest extends AppTest {

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_SCHEDULER_MILLIS", "200");
  }

  private HttpResponse<Buffer> post(String publishAt) {
    return EditorClient.admin(app).post(TestApp.article("خبر مؤجل").put("publishAt", publishAt));
  }

  private static void assertRefusedNamingPublishAt(HttpResponse<Buffer> res) {
    assertEquals(400, res.statusCode(), res.bodyAsString());
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), res.getHeader("Content-Type"));
    assertEquals("publishAt", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aTimeInTheYear999999IsRefusedNamingPublishAt() {
    assertRefusedNamingPublishAt(post("+999999-01-01T00:00:00Z"));
    assertEquals(0, app.db().count("SELECT count(*) FROM scheduled_article"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void aTimeBeyondWhatATimeCanHoldIsRefusedNamingPublishAt() {
    assertRefusedNamingPublishAt(post("+1000000000-01-01T00:00:00Z"));
    assertRefusedNamingPublishAt(post("2026-02-30T10:00:00Z"));
  }

  @Test
  void aSignedOrExpandedYearIsNotAnRfc3339TimeAndIsRefused() {
    assertRefusedNamingPublishAt(post("-000001-01-01T00:00:00Z"));
    assertRefusedNamingPublishAt(post("+2027-01-01T00:00:00Z"));
    assertRefusedNamingPublishAt(post("0999-01-01T00:00"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void anEmptyStringIsNotATimeAndIsRefused() {
    assertRefusedNamingPublishAt(post(""));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
    assertEquals(0, app.db().count("SELECT count(*) FROM scheduled_article"));
  }

  @Test
  void threeHundredSixtySevenDaysAheadIsRefused() {
    assertRefusedNamingPublishAt(post(Instant.now().plus(Duration.ofDays(367)).toString()));
    assertEquals(0, app.db().count("SELECT count(*) FROM scheduled_article"));
  }

  @Test
  void thirtyDaysAheadIsScheduled() {
    HttpResponse<Buffer> res = post(Instant.now().plus(Duration.ofDays(30)).toString());

    assertEquals(201, res.statusCode(), res.bodyAsString());
    assertTrue(res.bodyAsJsonObject().getBoolean("scheduled"));
    assertEquals(1, app.db().count("SELECT count(*) FROM scheduled_article"));
  }

  @Test
  void aRowStoredWithAnAbsurdTimeNeitherStopsTheSchedulerNorFloodsTheLog() {
    app.db().execute("INSERT INTO scheduled_article (publish_at, title, excerpt, body, topic, lang, breaking, "
        + "excerpt_derived, editor_name) VALUES ('infinity', 'قديم', '', '', 'general', 'ar', false, true, 'admin')");
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    try {
      for (int i = 0; i < 3; i++) {
        JsonObject soon = TestApp.article("خبر بعد لحظة " + i).put("publishAt", Instant.now().plusMillis(300).toString());
        assertEquals(201, EditorClient.admin(app).post(soon).statusCode());
        int published = i + 1;
        assertTrue(Eventually.within(10, () -> app.db().count("SELECT count(*) FROM article") == published),
            "the scheduler stopped publishing");
      }
    } finally {
      root.detachAppender(log);
    }

    List<ILoggingEvent> events = List.copyOf(log.list);
    assertTrue(events.stream().noneMatch(e -> e.getThrowableProxy() != null), "a stack trace was logged: " + events);
    assertTrue(events.stream().filter(e -> e.getFormattedMessage().contains("embargo limit")).count() <= 1,
        "the absurd row was logged more than once: " + events);
    assertEquals(1, app.db().count("SELECT count(*) FROM scheduled_article"));
  }
}
