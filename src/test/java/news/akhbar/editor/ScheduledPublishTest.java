package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class ScheduledPublishTest extends AppTest {

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_SCHEDULER_MILLIS", "200");
  }

  @Test
  void aScheduledArticleShowsItsBylineAndIsPublishedWithIt() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");
    JsonArray authors = new JsonArray().add(new JsonObject().put("name", "مراسلنا في عمّان").put("type", "Person"));

    HttpResponse<Buffer> posted = EditorClient.admin(app).post(embargoed("افتتاح معرض عمّان", Instant.now()
        .plusSeconds(1)).put("authors", authors));

    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    assertEquals(authors, posted.bodyAsJsonObject().getJsonArray("authors"));
    SseEvent published = stream.nextItem(10);
    assertEquals("article", published.event());
    assertEquals(authors, new JsonObject(published.data()).getJsonArray("authors"));
  }

  private static JsonObject embargoed(String title, Instant at) {
    return TestApp.article(title).put("publishAt", at.toString()).put("topic", "economy");
  }

  @Test
  void aScheduledItemIsUnseenUntilItsTimeThenPublishedOnceWithTwoInstances() throws Exception {
    app.startInstance();
    SseProbe first = app.openStream("/api/v1/stream");
    SseProbe second = app.openStream(1, "/api/v1/stream", null);
    Instant at = Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    HttpResponse<Buffer> posted = EditorClient.admin(app).post(embargoed("الميزانية الجديدة تعلن ظهرا", at));

    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    JsonObject scheduled = posted.bodyAsJsonObject();
    assertTrue(scheduled.getBoolean("scheduled"));
    assertEquals(at, Instant.parse(scheduled.getString("publishAt")));
    assertEquals("/api/v1/scheduled/" + scheduled.getString("id"), posted.getHeader("Location"));
    assertEquals(0, app.get("/api/v1/articles").bodyAsJsonObject().getJsonArray("items").size());
    assertEquals(404, app.get("/api/v1/articles/1").statusCode());
    assertEquals(0, app.db().count("SELECT count(*) FROM stream_event"));
    assertNull(first.nextItem(1), "streamed before its time");

    SseEvent onFirst = first.nextItem(10);
    SseEvent onSecond = second.nextItem(5);

    assertEquals("article", onFirst.event());
    assertEquals(onFirst.id(), onSecond.id());
    JsonObject article = new JsonObject(onFirst.data());
    assertFalse(Instant.parse(article.getString("publishedAt")).isBefore(at), article.getString("publishedAt"));
    assertNull(first.nextItem(2), "published twice");
    JsonArray listed = app.get(1, "/api/v1/articles").bodyAsJsonObject().getJsonArray("items");
    assertEquals(1, listed.size());
    assertEquals("الميزانية الجديدة تعلن ظهرا", listed.getJsonObject(0).getString("title"));
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
    assertEquals(0, app.db().count("SELECT count(*) FROM scheduled_article"));
    JsonArray trail = EditorClient.admin(app).get("/api/v1/articles/" + article.getString("id") + "/revisions")
        .bodyAsJsonObject().getJsonArray("items");
    assertEquals("admin", trail.getJsonObject(0).getString("editor"));
  }

  @Test
  void editorsListAndCancelScheduledItems() throws Exception {
    EditorClient editor = EditorClient.added(app, "منى", null);
    String later = editor.post(embargoed("بعد ساعة", Instant.now().plusSeconds(3600))).bodyAsJsonObject()
        .getString("id");
    String soon = editor.post(embargoed("بعد ثلاث ثوان", Instant.now().plusSeconds(3))).bodyAsJsonObject()
        .getString("id");

    JsonArray items = editor.get("/api/v1/scheduled").bodyAsJsonObject().getJsonArray("items");
    assertEquals(2, items.size());
    assertEquals(soon, items.getJsonObject(0).getString("id"));
    assertEquals("منى", items.getJsonObject(0).getString("editor"));
    assertEquals(401, app.get("/api/v1/scheduled").statusCode());

    assertEquals(204, editor.send(HttpMethod.DELETE, "/api/v1/scheduled/" + soon, null).statusCode());
    assertEquals(404, editor.send(HttpMethod.DELETE, "/api/v1/scheduled/" + soon, null).statusCode());
    SseProbe stream = app.openStream("/api/v1/stream");
    assertNull(stream.nextItem(5), "a cancelled item was published");
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
    assertEquals(1, editor.get("/api/v1/scheduled").bodyAsJsonObject().getJsonArray("items").size());
    assertEquals(later, editor.get("/api/v1/scheduled").bodyAsJsonObject().getJsonArray("items")
        .getJsonObject(0).getString("id"));
  }

  @Test
  void aPastPublishAtPublishesNowAndABadOneIs400() {
    HttpResponse<Buffer> past = EditorClient.admin(app).post(embargoed("خبر", Instant.now().minusSeconds(60)));
    assertEquals(201, past.statusCode());
    assertEquals("/api/v1/articles/" + past.bodyAsJsonObject().getString("id"), past.getHeader("Location"));

    HttpResponse<Buffer> bad = EditorClient.admin(app).post(TestApp.article("خبر").put("publishAt", "غدا"));
    assertEquals(400, bad.statusCode());
    assertEquals("publishAt", bad.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
  }
}
