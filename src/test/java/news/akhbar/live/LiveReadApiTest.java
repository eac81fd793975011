package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class LiveReadApiTest extends LiveAppTest {

  @Test
  void coverageListsEntriesNewestFirstWithThePinnedOneAndTheLastEventId() {
    String first = desk.entry(coverageId, new JsonObject().put("body", "<p>١</p>").put("pinned", true))
        .getString("id");
    JsonObject second = desk.entry(coverageId, "<p>٢</p>");

    JsonObject page = read("/api/v1/live/" + coverageId);

    assertEquals(coverageId, page.getJsonObject("coverage").getString("id"));
    assertEquals(first, page.getJsonObject("pinned").getString("id"));
    assertEquals(List.of(second.getString("id"), first), ids(page.getJsonArray("items")));
    assertNull(page.getString("next"));
    assertEquals(second.getString("eventId"), page.getString("lastEventId"));
  }

  @Test
  void coveragesAreListedNewestStartedFirst() {
    JsonObject second = desk.coverage("تغطية ثانية");
    assertEquals(200, desk.end(coverageId).statusCode());

    JsonArray items = read("/api/v1/live").getJsonArray("items");

    assertEquals(List.of(second.getString("id"), coverageId), ids(items));
    assertEquals(List.of(true, false), items.stream().map(c -> ((JsonObject) c).getBoolean("live")).toList());
  }

  @Test
  void orderOldestListsTheFirstEntryFirst() {
    String first = desk.entry(coverageId, "<p>١</p>").getString("id");
    String second = desk.entry(coverageId, "<p>٢</p>").getString("id");

    JsonObject page = read("/api/v1/live/" + coverageId + "?order=oldest");

    assertEquals(List.of(first, second), ids(page.getJsonArray("items")));
  }

  @Test
  void theNextCursorLoadsTheOlderEntries() {
    String first = desk.entry(coverageId, "<p>١</p>").getString("id");
    String second = desk.entry(coverageId, "<p>٢</p>").getString("id");
    String third = desk.entry(coverageId, "<p>٣</p>").getString("id");

    JsonObject page = read("/api/v1/live/" + coverageId + "?limit=2");
    JsonObject more = read("/api/v1/live/" + coverageId + "?limit=2&before=" + page.getString("next"));

    assertEquals(List.of(third, second), ids(page.getJsonArray("items")));
    assertEquals(List.of(first), ids(more.getJsonArray("items")));
    assertNull(more.getString("next"));
  }

  @Test
  void keyEventsListsOnlyKeyEventsNewestFirst() {
    String first = desk.entry(coverageId, new JsonObject().put("body", "<p>١</p>").put("keyEvent", true))
        .getString("id");
    desk.entry(coverageId, "<p>٢</p>");
    String third = desk.entry(coverageId, new JsonObject().put("body", "<p>٣</p>").put("keyEvent", true))
        .getString("id");

    JsonObject keyEvents = read("/api/v1/live/" + coverageId + "/key-events");

    assertEquals(List.of(third, first), ids(keyEvents.getJsonArray("items")));
  }

  @Test
  void oneEntryIsReadByItsId() {
    JsonObject entry = desk.entry(coverageId, new JsonObject().put("title", "عاجل").put("body", "<p>نص</p>"));

    assertEquals(entry, read("/api/v1/live/" + coverageId + "/entries/" + entry.getString("id")));
  }

  @Test
  void aDeletedEntryIsNeverReadAgain() {
    String kept = desk.entry(coverageId, "<p>يبقى</p>").getString("id");
    String gone = desk.entry(coverageId, new JsonObject().put("body", "<p>يحذف</p>").put("pinned", true)
        .put("keyEvent", true)).getString("id");
    assertEquals(204, desk.delete(coverageId, gone).statusCode());

    JsonObject page = read("/api/v1/live/" + coverageId);

    assertEquals(List.of(kept), ids(page.getJsonArray("items")));
    assertNull(page.getJsonObject("pinned"));
    assertEquals(List.of(), ids(read("/api/v1/live/" + coverageId + "/key-events").getJsonArray("items")));
  }

  @Test
  void changesListTheCoverageEventsAfterTheGivenId() {
    JsonObject entry = desk.entry(coverageId, "<p>١</p>");
    app.published(TestApp.article("خبر آخر"));
    JsonObject edited = desk.patch(coverageId, entry.getString("id"), new JsonObject().put("keyEvent", true))
        .bodyAsJsonObject();

    JsonObject changes = read("/api/v1/live/" + coverageId + "/changes?since=" + entry.getString("eventId"));

    JsonArray events = changes.getJsonArray("events");
    assertEquals(1, events.size());
    assertEquals(edited.getString("eventId"), events.getJsonObject(0).getString("id"));
    assertEquals("entry-update", events.getJsonObject(0).getString("event"));
    assertEquals(edited, events.getJsonObject(0).getJsonObject("data").getJsonObject("entry"));
    assertEquals(edited.getString("eventId"), changes.getString("lastEventId"));
  }

  @Test
  void changesAreCacheableAndRevalidateWithTheirEtag() {
    desk.entry(coverageId, "<p>١</p>");
    String uri = "/api/v1/live/" + coverageId + "/changes?since=0";

    HttpResponse<Buffer> first = app.get(uri);
    HttpResponse<Buffer> again = app.get(uri, Map.of("If-None-Match", first.getHeader("ETag")));

    assertEquals("public, max-age=2", first.getHeader("Cache-Control"));
    assertTrue(first.getHeader("ETag").matches("\"[0-9a-f]{32}\""), first.getHeader("ETag"));
    assertEquals(304, again.statusCode());
  }

  @Test
  void changesOfAnUnknownCoverageAre404() {
    assertEquals(404, app.get("/api/v1/live/987654/changes?since=0").statusCode());
  }

  @Test
  void unknownOrderIs400NamingIt() {
    assertEquals("order", field(app.get("/api/v1/live/" + coverageId + "?order=random")));
  }

  @Test
  void limitOver100Is400NamingIt() {
    assertEquals("limit", field(app.get("/api/v1/live/" + coverageId + "?limit=101")));
  }

  @Test
  void foreignCursorIs400NamingIt() {
    assertEquals("before", field(app.get("/api/v1/live/" + coverageId + "?before=%21%21")));
  }

  @Test
  void nonNumericSinceIs400NamingIt() {
    assertEquals("since", field(app.get("/api/v1/live/" + coverageId + "/changes?since=yesterday")));
  }

  private JsonObject read(String uri) {
    HttpResponse<Buffer> res = app.get(uri);
    assertEquals(200, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject();
  }

  private static String field(HttpResponse<Buffer> res) {
    assertEquals(400, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static List<String> ids(JsonArray items) {
    return items.stream().map(item -> ((JsonObject) item).getString("id")).toList();
  }
}
