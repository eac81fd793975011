package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class ArticleRevisionTest extends AppTest {

  @Test
  void everyWriteIsRecordedWithItsEditorTimeAndChangesAndSurvivesRetraction() {
    EditorClient huda = EditorClient.added(app, "هدى", null);
    EditorClient admin = EditorClient.admin(app);
    JsonObject created = huda.post(new JsonObject().put("title", "انقطاع الكهرباء في الحي الشرقي")
        .put("body", "<p>انقطع التيار الكهربائي صباح اليوم.</p>").put("topic", "local")).bodyAsJsonObject();
    String id = created.getString("id");
    JsonObject patched = admin.send(HttpMethod.PATCH, "/api/v1/articles/" + id,
        new JsonObject().put("title", "عودة الكهرباء إلى الحي الشرقي")).bodyAsJsonObject();
    assertEquals(200, huda.send(HttpMethod.DELETE, "/api/v1/articles/" + id, null).statusCode());

    JsonObject trail = huda.get("/api/v1/articles/" + id + "/revisions").bodyAsJsonObject();
    JsonArray items = trail.getJsonArray("items");
    assertEquals(3, items.size(), trail.encode());

    JsonObject create = items.getJsonObject(0);
    assertEquals("create", create.getString("kind"));
    assertEquals("هدى", create.getString("editor"));
    assertEquals(created.getString("eventId"), create.getString("eventId"));
    assertEquals(created.getString("publishedAt"), create.getString("at"));
    assertEquals("انقطاع الكهرباء في الحي الشرقي", create.getJsonObject("changes").getJsonObject("title")
        .getString("to"));

    JsonObject update = items.getJsonObject(1);
    assertEquals("update", update.getString("kind"));
    assertEquals("admin", update.getString("editor"));
    assertNull(update.getValue("editorId"));
    assertEquals(patched.getString("eventId"), update.getString("eventId"));
    JsonObject changes = update.getJsonObject("changes");
    assertEquals(1, changes.size(), "only the title changed: " + changes);
    assertEquals("انقطاع الكهرباء في الحي الشرقي", changes.getJsonObject("title").getString("from"));
    assertEquals("عودة الكهرباء إلى الحي الشرقي", changes.getJsonObject("title").getString("to"));

    JsonObject retract = items.getJsonObject(2);
    assertEquals("retract", retract.getString("kind"));
    assertEquals("هدى", retract.getString("editor"));
    assertTrue(retract.getJsonObject("changes").getJsonObject("retracted").getBoolean("to"));
    assertFalse(Instant.parse(retract.getString("at")).isBefore(Instant.parse(update.getString("at"))));
    assertEquals(410, app.get("/api/v1/articles/" + id).statusCode());
  }

  @Test
  void revisionsAreForEditorsOnlyAndUnknownArticlesAre404() {
    String id = app.post(TestApp.article("خبر")).bodyAsJsonObject().getString("id");

    assertEquals(401, app.get("/api/v1/articles/" + id + "/revisions").statusCode());
    assertEquals(404, EditorClient.admin(app).get("/api/v1/articles/999/revisions").statusCode());
    assertEquals(1, EditorClient.admin(app).get("/api/v1/articles/" + id + "/revisions").bodyAsJsonObject()
        .getJsonArray("items").size());
  }

  @Test
  void aRevisionIsCommittedWithEveryEvent() {
    String id = app.post(TestApp.article("خبر")).bodyAsJsonObject().getString("id");
    app.patch(id, new JsonObject().put("breaking", true));
    app.patch(id, new JsonObject().put("body", "<p>نص جديد</p>"));

    assertEquals(app.db().count("SELECT count(*) FROM stream_event"),
        app.db().count("SELECT count(*) FROM article_revision"));
    assertEquals(0, app.db().count("SELECT count(*) FROM stream_event e LEFT JOIN article_revision r "
        + "ON r.event_id = e.id WHERE r.id IS NULL"));
  }
}
