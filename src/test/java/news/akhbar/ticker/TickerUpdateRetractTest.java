package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class TickerUpdateRetractTest extends AppTest {

  @Test
  void patchEmitsAnUpdateWithTheNewArticle() throws Exception {
    JsonObject article = app.post(TestApp.article("عنوان أول").put("topic", "politics")).bodyAsJsonObject();
    SseProbe stream = app.openStream("/api/v1/stream");

    var patched = app.patch(article.getString("id"), new JsonObject().put("title", "عنوان مصحح").put("breaking", true));
    SseEvent update = stream.nextItem(5);

    assertEquals(200, patched.statusCode(), patched.bodyAsString());
    assertNotNull(update);
    assertEquals("update", update.event());
    JsonObject streamed = new JsonObject(update.data());
    assertEquals("عنوان مصحح", streamed.getString("title"));
    assertTrue(streamed.getBoolean("breaking"));
    assertEquals(article.getString("slug"), streamed.getString("slug"), "slugs are stable");
    assertEquals(update.id(), streamed.getString("eventId"));
    assertEquals(streamed, app.get("/api/v1/articles/" + article.getString("id")).bodyAsJsonObject());
  }

  @Test
  void deleteRetractsLiveAndTheArticleIsGone() throws Exception {
    JsonObject keep = app.post(TestApp.article("خبر باق")).bodyAsJsonObject();
    JsonObject gone = app.post(TestApp.article("خبر مسحوب")).bodyAsJsonObject();
    SseProbe stream = app.openStream("/api/v1/stream");

    assertEquals(200, app.retract(gone.getString("id")).statusCode());
    SseEvent retract = stream.nextItem(5);

    assertNotNull(retract);
    assertEquals("retract", retract.event());
    assertEquals(gone.getString("id"), new JsonObject(retract.data()).getString("id"));
    assertEquals(410, app.get("/api/v1/articles/" + gone.getString("id")).statusCode());
    var items = app.get("/api/v1/articles").bodyAsJsonObject().getJsonArray("items");
    assertEquals(1, items.size());
    assertEquals(keep.getString("id"), items.getJsonObject(0).getString("id"));
    assertEquals(410, app.retract(gone.getString("id")).statusCode(), "retracting twice");
    assertEquals(410, app.patch(gone.getString("id"), new JsonObject().put("title", "x")).statusCode());
  }

  @Test
  void unknownArticleUpdateIs404AndEmptyPatchIs400() {
    assertEquals(404, app.patch("424242", new JsonObject().put("title", "x")).statusCode());
    assertEquals(404, app.retract("424242").statusCode());
    String id = app.post(TestApp.article("خبر")).bodyAsJsonObject().getString("id");
    assertEquals(400, app.patch(id, new JsonObject()).statusCode());
    assertEquals(1, app.db().count("SELECT count(*) FROM stream_event"), "a refused write emitted an event");
  }
}
