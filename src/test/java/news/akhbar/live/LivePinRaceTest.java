package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** At most one pinned entry per coverage: a pin takes the pin from the entry that had it, atomically. */
class LivePinRaceTest extends LiveAppTest {

  private static final JsonObject PIN = new JsonObject().put("pinned", true);

  @Test
  void pinningAnotherEntryUnpinsTheFirstInTheSameEvent() {
    String a = desk.entry(coverageId, new JsonObject().put("body", "<p>أ</p>").put("pinned", true)).getString("id");
    String b = desk.entry(coverageId, "<p>ب</p>").getString("id");

    JsonObject pinned = desk.patch(coverageId, b, PIN).bodyAsJsonObject();

    assertEquals(List.of(Long.parseLong(b)), pinnedIds());
    assertEquals(1, app.db().count("SELECT count(*) FROM live_entry WHERE id = " + a + " AND NOT pinned "
        + "AND event_id = " + pinned.getString("eventId")));
    JsonObject event = new JsonObject(app.db().text("SELECT payload FROM stream_event WHERE id = "
        + pinned.getString("eventId")));
    assertEquals(a, event.getString("unpinned"));
    assertEquals(b, event.getJsonObject("entry").getString("id"));
  }

  @Test
  void aNewPinnedEntryTakesThePinFromTheOldOne() {
    String a = desk.entry(coverageId, new JsonObject().put("body", "<p>أ</p>").put("pinned", true)).getString("id");

    String b = desk.entry(coverageId, new JsonObject().put("body", "<p>ب</p>").put("pinned", true)).getString("id");

    assertEquals(List.of(Long.parseLong(b)), pinnedIds());
    assertEquals(a, new JsonObject(app.db().text("SELECT payload FROM stream_event WHERE kind = 'entry' "
        + "ORDER BY id DESC LIMIT 1")).getString("unpinned"));
  }

  @Test
  void unpinningLeavesNoEntryPinned() {
    String a = desk.entry(coverageId, new JsonObject().put("body", "<p>أ</p>").put("pinned", true)).getString("id");

    HttpResponse<Buffer> res = desk.patch(coverageId, a, new JsonObject().put("pinned", false));

    assertEquals(200, res.statusCode());
    assertEquals(List.of(), pinnedIds());
  }

  @Test
  void concurrentPinsOnTwoInstancesLeaveExactlyOnePinnedEntry() {
    int other = app.startInstance();
    for (int round = 0; round < 10; round++) {
      String b = desk.entry(coverageId, "<p>ب " + round + "</p>").getString("id");
      String c = desk.entry(coverageId, "<p>ج " + round + "</p>").getString("id");

      Future<HttpResponse<Buffer>> first = pin(0, b);
      Future<HttpResponse<Buffer>> second = pin(other, c);
      Await.of(Future.all(first, second), 20);

      assertEquals(200, first.result().statusCode(), first.result().bodyAsString());
      assertEquals(200, second.result().statusCode(), second.result().bodyAsString());
      List<Long> pinned = pinnedIds();
      assertEquals(1, pinned.size(), "round " + round + ": " + pinned);
      String last = Long.parseLong(first.result().bodyAsJsonObject().getString("eventId"))
          > Long.parseLong(second.result().bodyAsJsonObject().getString("eventId")) ? b : c;
      assertEquals(List.of(Long.parseLong(last)), pinned, "the later pin holds it");
    }
  }

  private Future<HttpResponse<Buffer>> pin(int instance, String entryId) {
    return app.web().patch(app.port(instance), "127.0.0.1", "/api/v1/live/" + coverageId + "/entries/" + entryId)
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN).sendJsonObject(PIN);
  }

  private List<Long> pinnedIds() {
    String ids = app.db().text("SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM live_entry "
        + "WHERE pinned AND deleted_at IS NULL");
    return ids.isEmpty() ? List.of() : List.of(ids.split(",")).stream().map(Long::parseLong).toList();
  }
}
