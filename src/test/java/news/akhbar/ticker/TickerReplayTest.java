package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class TickerReplayTest extends AppTest {

  private List<String> postSome(int n) {
    List<String> eventIds = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      eventIds.add(app.post(TestApp.article("خبر رقم " + i)).bodyAsJsonObject().getString("eventId"));
    }
    return eventIds;
  }

  private static List<String> drain(SseProbe stream, int n) throws InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SseEvent e = stream.nextItem(5);
      assertNotNull(e, "only " + ids + " arrived");
      ids.add(e.id());
    }
    return ids;
  }

  @Test
  void replayAfterLastEventIdReturnsExactlyTheLaterEventsInOrder() throws Exception {
    List<String> ids = postSome(5);

    SseProbe stream = app.openStream("/api/v1/stream?lastEventId=" + ids.get(1));

    assertEquals("ready", stream.opening().event());
    assertEquals(ids.subList(2, 5), drain(stream, 3));
    assertNull(stream.nextItem(1), "an event beyond the replay arrived");
  }

  @Test
  void replayThenLiveWithoutGapOrDuplicate() throws Exception {
    List<String> ids = postSome(3);
    SseProbe stream = app.openStream("/api/v1/stream?lastEventId=" + ids.get(0));
    List<String> more = postSome(2);

    List<String> expected = new ArrayList<>(ids.subList(1, 3));
    expected.addAll(more);
    assertEquals(expected, drain(stream, 4));
    assertNull(stream.nextItem(1));
  }

  @Test
  void lastEventIdHeaderWinsOverQueryParameter() throws Exception {
    List<String> ids = postSome(4);

    SseProbe stream = app.openStream(0, "/api/v1/stream?lastEventId=" + ids.get(0),
        MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", ids.get(2)));

    assertEquals(List.of(ids.get(3)), drain(stream, 1));
    assertNull(stream.nextItem(1));
  }

  @Test
  void listLastEventIdOpensAStreamThatMissesNothing() throws Exception {
    postSome(2);
    String lastEventId = app.get("/api/v1/articles").bodyAsJsonObject().getString("lastEventId");
    List<String> after = postSome(2);

    SseProbe stream = app.openStream("/api/v1/stream?lastEventId=" + lastEventId);

    assertEquals(after, drain(stream, 2));
  }
}
