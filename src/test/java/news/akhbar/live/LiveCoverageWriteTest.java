package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveCoverageWriteTest extends AppTest {

  private LiveDesk desk;

  @BeforeEach
  void desk() {
    desk = new LiveDesk(app);
  }

  @Test
  void startingCoverageAnswers201WithTheCoverageAndItsLocation() {
    JsonObject article = app.published(TestApp.article("زلزال في المنطقة"));
    HttpResponse<Buffer> res = desk.send(HttpMethod.POST, "/api/v1/articles/" + article.getString("id") + "/live",
        null);

    assertEquals(201, res.statusCode(), res.bodyAsString());
    JsonObject coverage = res.bodyAsJsonObject();
    assertEquals("/api/v1/live/" + coverage.getString("id"), res.getHeader("Location"));
    assertEquals(article.getString("id"), coverage.getString("articleId"));
    assertEquals(article.getString("slug"), coverage.getString("slug"));
    assertEquals("زلزال في المنطقة", coverage.getString("title"));
    assertTrue(coverage.getBoolean("live"));
    assertNull(coverage.getString("endedAt"));
    Instant.parse(coverage.getString("startedAt"));
    assertEquals(Long.parseLong(article.getString("eventId")) + 1, Long.parseLong(coverage.getString("eventId")));
  }

  @Test
  void secondCoverageOfAnArticleIs409() {
    JsonObject coverage = desk.coverage("انتخابات");

    HttpResponse<Buffer> again = desk.send(HttpMethod.POST,
        "/api/v1/articles/" + coverage.getString("articleId") + "/live", null);

    assertEquals(409, again.statusCode());
    assertEquals("articleId", again.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void coverageOfARetractedArticleIs404() {
    String id = app.published(TestApp.article("خبر سُحب")).getString("id");
    assertEquals(200, app.retract(id).statusCode());

    HttpResponse<Buffer> res = desk.send(HttpMethod.POST, "/api/v1/articles/" + id + "/live", null);

    assertEquals(404, res.statusCode());
    assertEquals("application/problem+json", res.getHeader("Content-Type").split(";")[0]);
  }

  @Test
  void entryIsCreatedWithCleanBodyAndAuthor() {
    String coverageId = desk.coverage("قمة").getString("id");

    JsonObject entry = desk.entry(coverageId, new JsonObject().put("title", "بدء القمة")
        .put("body", "<p onclick=\"x()\">افتتح الرئيس القمة<script>alert(1)</script></p>").put("keyEvent", true));

    assertEquals(coverageId, entry.getString("coverageId"));
    assertEquals("بدء القمة", entry.getString("title"));
    assertEquals("<p>افتتح الرئيس القمة</p>", entry.getString("body"));
    assertEquals(new JsonObject().put("name", "admin"), entry.getJsonObject("author"));
    assertTrue(entry.getBoolean("keyEvent"));
    assertFalse(entry.getBoolean("pinned"));
    assertFalse(entry.getBoolean("summary"));
    assertEquals(entry.getString("publishedAt"), entry.getString("updatedAt"));
  }

  @Test
  void patchChangesTheFieldsItNamesAndKeepsTheRest() {
    String coverageId = desk.coverage("قمة").getString("id");
    JsonObject entry = desk.entry(coverageId, new JsonObject().put("title", "عنوان").put("body", "<p>نص</p>"));

    HttpResponse<Buffer> res = desk.patch(coverageId, entry.getString("id"),
        new JsonObject().put("body", "<p>نص مصحح</p>").put("summary", true));

    assertEquals(200, res.statusCode(), res.bodyAsString());
    JsonObject now = res.bodyAsJsonObject();
    assertEquals("عنوان", now.getString("title"));
    assertEquals("<p>نص مصحح</p>", now.getString("body"));
    assertTrue(now.getBoolean("summary"));
    assertEquals(entry.getString("publishedAt"), now.getString("publishedAt"));
  }

  @Test
  void endingCoverageRecordsTheEndAndRefusesASecondEnd() {
    String coverageId = desk.coverage("عاصفة").getString("id");

    HttpResponse<Buffer> ended = desk.end(coverageId);
    HttpResponse<Buffer> again = desk.end(coverageId);

    assertEquals(200, ended.statusCode(), ended.bodyAsString());
    assertFalse(ended.bodyAsJsonObject().getBoolean("live"));
    Instant.parse(ended.bodyAsJsonObject().getString("endedAt"));
    assertEquals(409, again.statusCode());
  }

  @Test
  void deleteAnswers204AndTheEntryIsGoneFromReads() {
    String coverageId = desk.coverage("حريق").getString("id");
    String entryId = desk.entry(coverageId, "<p>ألسنة اللهب</p>").getString("id");

    assertEquals(204, desk.delete(coverageId, entryId).statusCode());

    assertEquals(404, app.get("/api/v1/live/" + coverageId + "/entries/" + entryId).statusCode());
  }

  @Test
  void everyChangeLeavesAnAuditRowNamingTheEditor() {
    EditorClient editor = EditorClient.added(app, "سارة", null);
    String coverageId = desk.coverage("قمة").getString("id");
    HttpResponse<Buffer> posted = editor.send(0, HttpMethod.POST, "/api/v1/live/" + coverageId + "/entries",
        new JsonObject().put("body", "<p>نص</p>"), MultiMap.caseInsensitiveMultiMap());
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    desk.patch(coverageId, posted.bodyAsJsonObject().getString("id"), new JsonObject().put("pinned", true));

    assertEquals(3, app.db().count("SELECT count(*) FROM live_revision"));
    assertEquals(1, app.db().count("SELECT count(*) FROM live_revision WHERE kind = 'create' "
        + "AND editor_name = 'سارة' AND changes->'body'->>'to' = '<p>نص</p>'"));
    assertEquals(1, app.db().count("SELECT count(*) FROM live_revision WHERE kind = 'update' "
        + "AND editor_name = 'admin' AND changes->'pinned'->>'to' = 'true'"));
  }

  @Test
  void repeatedIdempotencyKeyGetsTheFirstEntryBackAndWritesOnce() {
    String coverageId = desk.coverage("قمة").getString("id");
    MultiMap key = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", "entry-1");
    EditorClient admin = EditorClient.admin(app);
    JsonObject body = new JsonObject().put("body", "<p>مرة واحدة</p>");

    HttpResponse<Buffer> first = admin.send(0, HttpMethod.POST, "/api/v1/live/" + coverageId + "/entries", body, key);
    HttpResponse<Buffer> second = admin.send(0, HttpMethod.POST, "/api/v1/live/" + coverageId + "/entries", body, key);

    assertEquals(201, second.statusCode());
    assertEquals(first.bodyAsJsonObject(), second.bodyAsJsonObject());
    assertEquals(1, app.db().count("SELECT count(*) FROM live_entry"));
  }

  @Test
  void repeatedIdempotencyKeyOnStartGetsTheFirstCoverageBack() {
    String articleId = app.published(TestApp.article("حدث")).getString("id");
    MultiMap key = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", "start-1");
    EditorClient admin = EditorClient.admin(app);

    HttpResponse<Buffer> first = admin.send(0, HttpMethod.POST, "/api/v1/articles/" + articleId + "/live", null, key);
    HttpResponse<Buffer> second = admin.send(0, HttpMethod.POST, "/api/v1/articles/" + articleId + "/live", null, key);

    assertEquals(201, second.statusCode(), second.bodyAsString());
    assertEquals(first.bodyAsJsonObject(), second.bodyAsJsonObject());
    assertEquals(first.getHeader("Location"), second.getHeader("Location"));
  }
}
