package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** A coverage's changes reach its readers on the one ordered stream, live and on resume. */
class LiveStreamTest extends LiveAppTest {

  @Test
  void aCoverageReaderGetsEntryUpdateAndDeleteInOrderAndNoArticles() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream?coverage=" + coverageId);

    List<String> sent = writeEntryEditAndDelete();

    assertEquals(sent, names(stream, 3));
    assertNull(stream.nextItem(1), "the article posted meanwhile is not this coverage's");
  }

  @Test
  void theEventsCarryTheEntryAndTheDeletedId() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream?coverage=" + coverageId);
    JsonObject entry = desk.entry(coverageId, "<p>نص</p>");
    String entryId = entry.getString("id");
    desk.delete(coverageId, entryId);

    SseEvent created = stream.nextItem(5);
    SseEvent deleted = stream.nextItem(5);

    assertEquals(entry.getString("eventId"), created.id());
    assertEquals(new JsonObject().put("entry", entry).put("unpinned", null), new JsonObject(created.data()));
    assertEquals(new JsonObject().put("id", entryId).put("coverageId", coverageId).put("eventId", deleted.id()),
        new JsonObject(deleted.data()));
  }

  @Test
  void resumingWithLastEventIdReplaysTheCoverageEvents() throws Exception {
    List<String> sent = writeEntryEditAndDelete();

    SseProbe stream = app.openStream(0, "/api/v1/stream?coverage=" + coverageId,
        MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", coverage.getString("eventId")));

    assertEquals(sent, names(stream, 3));
  }

  @Test
  void aSiteWideReaderGetsTheLiveEventsToo() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");

    desk.entry(coverageId, "<p>نص</p>");

    assertEquals("entry", stream.nextItem(5).event());
  }

  @Test
  void endingTheCoverageIsACoverageEvent() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream?coverage=" + coverageId);

    desk.end(coverageId);

    SseEvent ended = stream.nextItem(5);
    assertEquals("coverage", ended.event());
    assertEquals(false, new JsonObject(ended.data()).getJsonObject("coverage").getBoolean("live"));
  }

  /** An entry, its edit, an article of no coverage, the entry's deletion; the coverage's event names. */
  private List<String> writeEntryEditAndDelete() {
    String entryId = desk.entry(coverageId, "<p>أول</p>").getString("id");
    desk.patch(coverageId, entryId, new JsonObject().put("body", "<p>معدل</p>"));
    app.published(TestApp.article("خبر خارج التغطية"));
    desk.delete(coverageId, entryId);
    return List.of("entry:" + entryId, "entry-update:" + entryId, "entry-delete:" + entryId);
  }

  private static List<String> names(SseProbe stream, int count) throws InterruptedException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SseEvent e = stream.nextItem(5);
      JsonObject data = new JsonObject(e.data());
      out.add(e.event() + ":" + (data.containsKey("entry") ? data.getJsonObject("entry").getString("id")
          : data.getString("id")));
    }
    return out;
  }
}
