package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.MultiMap;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resume point the server cannot honour gets event: reset (reload your list), never a silent gap or an error. The
 * replay ring holds one event here, so these resume points are judged by the store.
 */
class TickerResetTest extends AppTest {

  private String head;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_REPLAY_RING", "1");
  }

  @BeforeEach
  void postArticles() {
    for (int i = 0; i < 3; i++) {
      head = app.post(TestApp.article("خبر " + i)).bodyAsJsonObject().getString("eventId");
    }
  }

  private SseProbe resumeWithHeader(String lastEventId) throws Exception {
    return app.openStream(0, "/api/v1/stream", MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", lastEventId));
  }

  private void assertResetThenLive(SseProbe stream) throws Exception {
    SseEvent opening = stream.opening();
    assertEquals("reset", opening.event());
    assertEquals(head, opening.id(), "the reset carries the newest id so the next reconnect resumes from there");
    assertEquals("{\"lastEventId\":\"" + head + "\"}", opening.data());
    String next = app.post(TestApp.article("بعد إعادة الضبط")).bodyAsJsonObject().getString("eventId");
    SseEvent live = stream.nextItem(5);
    assertNotNull(live, "the stream did not go live after the reset");
    assertEquals(next, live.id());
    head = next;
  }

  @Test
  void idOlderThanTheReplayWindowResets() throws Exception {
    app.db().execute("UPDATE stream_event SET created_at = now() - interval '8 days' WHERE id = 1");
    assertResetThenLive(resumeWithHeader("1"));
  }

  @Test
  void unknownIdResets() throws Exception {
    app.db().execute("DELETE FROM stream_event WHERE id = 1");
    assertResetThenLive(resumeWithHeader("1"));
  }

  @Test
  void zeroResetsOnceTheFirstEventsArePruned() throws Exception {
    app.db().execute("DELETE FROM stream_event WHERE id = 1");
    assertResetThenLive(app.openStream("/api/v1/stream?lastEventId=0"));
  }

  @Test
  void futureIdResets() throws Exception {
    assertResetThenLive(resumeWithHeader("999999"));
  }

  @Test
  void nonNumericIdResets() throws Exception {
    assertResetThenLive(resumeWithHeader("abc"));
    assertResetThenLive(app.openStream("/api/v1/stream?lastEventId=-5"));
  }

  @Test
  void tenKilobyteIdResets() throws Exception {
    assertResetThenLive(resumeWithHeader("7".repeat(10 * 1024)));
    assertResetThenLive(app.openStream("/api/v1/stream?lastEventId=" + "9".repeat(10 * 1024)));
  }
}
