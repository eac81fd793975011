package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * A resume further back than the replay ring is paged through the store (chunks of 500, never the whole gap in
 * one result set) and arrives whole, in order, followed by live events.
 */
class ReplayPagingTest extends AppTest {

  private static final int EVENTS = 1_234;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_REPLAY_RING", "10");
  }

  @Test
  void aGapOfMoreThanTwoPagesArrivesWholeAndInOrderThenLive() throws Exception {
    app.db().execute("INSERT INTO article (id, slug, title, excerpt, body, topic, lang, breaking, published_at, "
        + "updated_at, event_id) SELECT g, 'khabar-' || g, 'خبر ' || g, 'ملخص', '<p>نص</p>', "
        + "CASE WHEN g % 3 = 0 THEN 'economy' ELSE 'general' END, 'ar', false, "
        + "now() - (" + EVENTS + " - g) * interval '1 second', now(), g FROM generate_series(1, " + EVENTS + ") g;"
        + "INSERT INTO stream_event (id, kind, article_id, topics, payload, created_at) SELECT g, 'article', g, "
        + "ARRAY[CASE WHEN g % 3 = 0 THEN 'economy' ELSE 'general' END], '{\"id\":\"' || g || '\"}', now() "
        + "FROM generate_series(1, " + EVENTS + ") g;"
        + "UPDATE event_counter SET last_id = " + EVENTS + ";"
        + "SELECT setval(pg_get_serial_sequence('article', 'id'), " + EVENTS + ")");
    app.stopInstance(0);
    app.restartInstance(0);   // starts from the store's head; its ring holds the last 10 events only

    SseProbe all = app.openStream("/api/v1/stream?lastEventId=0");
    SseProbe economy = app.openStream("/api/v1/stream?lastEventId=100&topics=economy");
    assertEquals("ready", all.opening().event());
    assertEquals(LongStream.rangeClosed(1, EVENTS).boxed().toList(), ids(all, EVENTS));
    assertEquals(LongStream.rangeClosed(101, EVENTS).filter(id -> id % 3 == 0).boxed().toList(),
        ids(economy, (EVENTS - 100) / 3));

    String live = app.post(TestApp.article("خبر بعد الاستئناف").put("topic", "economy")).bodyAsJsonObject()
        .getString("eventId");
    assertEquals(Long.toString(EVENTS + 1), live);
    for (SseProbe stream : List.of(all, economy)) {
      SseEvent next = stream.nextItem(5);
      assertNotNull(next, "the stream did not go live after its replay");
      assertEquals(live, next.id());
    }
  }

  private static List<Long> ids(SseProbe stream, int n) throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SseEvent e = stream.nextItem(10);
      assertNotNull(e, "the replay stopped after " + ids.size() + " events");
      ids.add(Long.parseLong(e.id()));
    }
    return ids;
  }
}
