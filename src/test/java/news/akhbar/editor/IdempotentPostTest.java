package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class IdempotentPostTest extends AppTest {

  private static HttpResponse<Buffer> post(EditorClient who, int instance, String key, JsonObject article) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", key);
    return who.send(instance, HttpMethod.POST, "/api/v1/articles", article, headers);
  }

  @Test
  void aRetryWithTheSameKeyGetsTheFirstAnswerAndPublishesNothingTwice() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");
    EditorClient admin = EditorClient.admin(app);
    JsonObject article = TestApp.article("عاجل: زلزال بقوة خمس درجات");

    HttpResponse<Buffer> first = post(admin, 0, "flash-42", article);
    HttpResponse<Buffer> retry = post(admin, 0, "flash-42", article);

    assertEquals(201, first.statusCode(), first.bodyAsString());
    assertEquals(201, retry.statusCode(), retry.bodyAsString());
    assertEquals(first.getHeader("Location"), retry.getHeader("Location"));
    assertEquals(first.bodyAsJsonObject(), retry.bodyAsJsonObject());
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
    assertEquals(1, app.db().count("SELECT count(*) FROM stream_event"));
    SseEvent published = stream.nextItem(5);
    assertEquals(first.bodyAsJsonObject().getString("eventId"), published.id());
    assertEquals(null, stream.nextItem(1), "a second event went out");
  }

  @Test
  void concurrentTwinsOnTwoInstancesCreateOneArticle() {
    app.startInstance();
    EditorClient admin = EditorClient.admin(app);
    JsonObject article = TestApp.article("خبر يرسل مرتين في اللحظة نفسها");
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", "twin");

    var a = app.web().post(app.port(0), "127.0.0.1", "/api/v1/articles").putHeaders(headers)
        .putHeader("Authorization", "Bearer " + admin.token()).sendJsonObject(article);
    var b = app.web().post(app.port(1), "127.0.0.1", "/api/v1/articles").putHeaders(headers)
        .putHeader("Authorization", "Bearer " + admin.token()).sendJsonObject(article);
    HttpResponse<Buffer> ra = news.akhbar.support.Await.of(a);
    HttpResponse<Buffer> rb = news.akhbar.support.Await.of(b);

    assertEquals(201, ra.statusCode(), ra.bodyAsString());
    assertEquals(201, rb.statusCode(), rb.bodyAsString());
    assertEquals(ra.bodyAsJsonObject().getString("id"), rb.bodyAsJsonObject().getString("id"));
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
    assertEquals(1, app.db().count("SELECT last_id FROM event_counter"));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() {
    EditorClient admin = EditorClient.admin(app);
    assertEquals(201, post(admin, 0, "k1", TestApp.article("الخبر الأول")).statusCode());

    HttpResponse<Buffer> reused = post(admin, 0, "k1", TestApp.article("خبر مختلف"));

    assertEquals(422, reused.statusCode());
    assertEquals("application/problem+json; charset=utf-8", reused.getHeader("Content-Type"));
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void keysBelongToOneEditorAndExpireAfter24Hours() {
    EditorClient admin = EditorClient.admin(app);
    EditorClient other = EditorClient.added(app, "ريم", null);
    JsonObject article = TestApp.article("خبر");
    String firstId = post(admin, 0, "same", article).bodyAsJsonObject().getString("id");

    String othersId = post(other, 0, "same", article).bodyAsJsonObject().getString("id");
    assertEquals(2, app.db().count("SELECT count(*) FROM article"), "another editor's key was shared");

    app.db().count("WITH u AS (UPDATE idempotency_key SET created_at = now() - interval '25 hours' "
        + "WHERE principal = 'admin' RETURNING 1) SELECT count(*) FROM u");
    HttpResponse<Buffer> later = post(admin, 0, "same", article);
    assertEquals(201, later.statusCode());
    assertEquals(3, app.db().count("SELECT count(*) FROM article"));
    assertEquals(false, later.bodyAsJsonObject().getString("id").equals(firstId));
    assertEquals(false, othersId.equals(firstId));
  }

  @Test
  void aMalformedKeyIs400NamingTheHeader() {
    HttpResponse<Buffer> res = post(EditorClient.admin(app), 0, "x".repeat(201), TestApp.article("خبر"));

    assertEquals(400, res.statusCode());
    assertEquals("Idempotency-Key", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0)
        .getString("field"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }
}
