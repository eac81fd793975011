package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.Test;

/** Each bad live write is a 4xx problem naming its field, and leaves no row and no event behind. */
class LiveEntryRejectionTest extends LiveAppTest {

  @Test
  void entryToAnEndedCoverageIs409NamingTheCoverage() {
    assertEquals(200, desk.end(coverageId).statusCode());

    assertRefused(desk.post(coverageId, new JsonObject().put("body", "<p>متأخر</p>")), 409, "coverageId");
  }

  @Test
  void entryToAnUnknownCoverageIs404NamingTheCoverage() {
    assertRefused(desk.post("987654", new JsonObject().put("body", "<p>نص</p>")), 404, "coverageId");
  }

  @Test
  void emptyBodyIs400NamingTheBody() {
    assertRefused(desk.post(coverageId, new JsonObject().put("body", "   ")), 400, "body");
  }

  @Test
  void missingBodyIs400NamingTheBody() {
    assertRefused(desk.post(coverageId, new JsonObject().put("title", "عنوان")), 400, "body");
  }

  @Test
  void invisibleOnlyBodyIs400NamingTheBody() {
    assertRefused(desk.post(coverageId, new JsonObject().put("body", "\u200B\u200F\u00A0\u2060")), 400, "body");
  }

  @Test
  void bodyOfOnlyForbiddenMarkupIs400NamingTheBody() {
    assertRefused(desk.post(coverageId, new JsonObject().put("body", "<script>alert(1)</script><p>\u200B</p>")),
        400, "body");
  }

  @Test
  void bodyOverTheArticleLimitIs400NamingTheBody() {
    assertRefused(desk.post(coverageId, new JsonObject().put("body", "a".repeat(200_001))), 400, "body");
  }

  @Test
  void titleOver200CharactersIs400NamingTheTitle() {
    JsonObject entry = new JsonObject().put("title", "ع".repeat(201)).put("body", "<p>نص</p>");

    assertRefused(desk.post(coverageId, entry), 400, "title");
  }

  @Test
  void editOfADeletedEntryIs404NamingTheEntry() {
    String entryId = desk.entry(coverageId, "<p>نص</p>").getString("id");
    assertEquals(204, desk.delete(coverageId, entryId).statusCode());
    long events = app.db().count("SELECT count(*) FROM stream_event");

    HttpResponse<Buffer> res = desk.patch(coverageId, entryId, new JsonObject().put("pinned", true));

    assertEquals(404, res.statusCode());
    assertEquals("entryId", field(res));
    assertEquals(events, app.db().count("SELECT count(*) FROM stream_event"));
    assertEquals(0, app.db().count("SELECT count(*) FROM live_entry WHERE pinned"));
  }

  @Test
  void nonNumericCoverageIdIs400NamingIt() {
    assertRefused(desk.post("abc", new JsonObject().put("body", "<p>نص</p>")), 400, "coverageId");
  }

  @Test
  void nonNumericCoverageIdOfAReadIs400NamingIt() {
    HttpResponse<Buffer> res = app.get("/api/v1/live/12x");

    assertEquals(400, res.statusCode());
    assertEquals("coverageId", field(res));
  }

  @Test
  void nonNumericCoverageOfTheStreamIs400NamingIt() {
    HttpResponse<Buffer> res = app.get("/api/v1/stream?coverage=live");

    assertEquals(400, res.statusCode());
    assertEquals("application/problem+json", res.getHeader("Content-Type").split(";")[0]);
    assertEquals("coverage", field(res));
  }

  @Test
  void unknownFieldIs400NamingIt() {
    assertRefused(desk.post(coverageId, new JsonObject().put("body", "<p>نص</p>").put("sticky", true)), 400,
        "sticky");
  }

  @Test
  void patchNamingNoFieldIs400() {
    String entryId = desk.entry(coverageId, "<p>نص</p>").getString("id");

    HttpResponse<Buffer> res = desk.send(HttpMethod.PATCH, "/api/v1/live/" + coverageId + "/entries/" + entryId,
        new JsonObject());

    assertEquals(400, res.statusCode());
  }

  /** The status and field, with no entry and no event written. */
  private void assertRefused(HttpResponse<Buffer> res, int status, String field) {
    assertEquals(status, res.statusCode(), res.bodyAsString());
    assertEquals("application/problem+json", res.getHeader("Content-Type").split(";")[0]);
    assertEquals(field, field(res));
    assertEquals(0, app.db().count("SELECT count(*) FROM live_entry"));
    assertEquals(0, app.db().count("SELECT count(*) FROM stream_event WHERE kind LIKE 'entry%'"));
  }

  private static String field(HttpResponse<Buffer> res) {
    return res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
