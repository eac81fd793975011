package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class EditorAccountTest extends AppTest {

  @Test
  void adminCreatesAnEditorWhoseTokenIsShownOnceAndStoredOnlyAsAHash() {
    HttpResponse<Buffer> res = EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/editors",
        new JsonObject().put("name", "سارة"));

    assertEquals(201, res.statusCode(), res.bodyAsString());
    JsonObject made = res.bodyAsJsonObject();
    assertEquals("سارة", made.getString("name"));
    assertEquals("editor", made.getString("role"));
    String token = made.getString("token");
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    assertEquals(1, app.db().count("SELECT count(*) FROM editor WHERE token_hash = sha256('" + token + "'::bytea)"));
    assertEquals(0, app.db().count("SELECT count(*) FROM editor WHERE encode(token_hash, 'escape') LIKE '%"
        + token + "%'"));

    JsonArray listed = EditorClient.admin(app).get("/api/v1/editors").bodyAsJsonObject().getJsonArray("items");
    assertEquals(1, listed.size());
    JsonObject entry = listed.getJsonObject(0);
    assertEquals(made.getString("id"), entry.getString("id"));
    assertFalse(entry.containsKey("token"));
    assertFalse(entry.containsKey("tokenHash"));
    assertFalse(listed.encode().contains(token));
  }

  @Test
  void anEditorTokenPublishesAndRevocationTakesEffectOnTheNextRequest() {
    EditorClient editor = EditorClient.added(app, "عمر", null);
    assertEquals(201, editor.post(TestApp.article("خبر من محرر")).statusCode());
    String id = new JsonArray(EditorClient.admin(app).get("/api/v1/editors").bodyAsJsonObject()
        .getJsonArray("items").encode()).getJsonObject(0).getString("id");

    HttpResponse<Buffer> revoked = EditorClient.admin(app).send(HttpMethod.DELETE, "/api/v1/editors/" + id, null);
    assertEquals(200, revoked.statusCode(), revoked.bodyAsString());
    assertTrue(revoked.bodyAsJsonObject().getString("revokedAt") != null);

    HttpResponse<Buffer> after = editor.post(TestApp.article("خبر بعد الإلغاء"));
    assertEquals(401, after.statusCode());
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void revocationHoldsOnEveryInstanceAtOnce() {
    app.startInstance();
    EditorClient editor = EditorClient.added(app, "ليلى", null);
    MultiMap none = MultiMap.caseInsensitiveMultiMap();
    assertEquals(201, editor.send(1, HttpMethod.POST, "/api/v1/articles", TestApp.article("أول"), none).statusCode());
    String id = EditorClient.admin(app).get("/api/v1/editors").bodyAsJsonObject().getJsonArray("items")
        .getJsonObject(0).getString("id");

    assertEquals(200, EditorClient.admin(app).send(HttpMethod.DELETE, "/api/v1/editors/" + id, null).statusCode());

    assertEquals(401, editor.send(1, HttpMethod.POST, "/api/v1/articles", TestApp.article("ثان"), none)
        .statusCode());
  }

  @Test
  void unknownRevokedMalformedAndMissingTokensGetTheSame401() {
    EditorClient revoked = EditorClient.added(app, "قديم", null);
    EditorClient.admin(app).send(HttpMethod.DELETE, "/api/v1/editors/1", null);
    String[] headers = {null, "Bearer " + revoked.token(), "Bearer " + "A".repeat(43), "Bearer", "Bearer a b",
        "Basic dXNlcjpwYXNz", "Bearer " + "x".repeat(5000), "bearer tok\u00e9n"};
    String first = null;
    for (String header : headers) {
      var req = app.web().post(app.port(), "127.0.0.1", "/api/v1/articles");
      if (header != null) {
        req.putHeader("Authorization", header);
      }
      HttpResponse<Buffer> res = news.akhbar.support.Await.of(req.sendJsonObject(TestApp.article("خبر")));
      assertEquals(401, res.statusCode(), header);
      JsonObject body = res.bodyAsJsonObject();
      body.remove("instance");
      String shape = body.encode() + res.getHeader("WWW-Authenticate");
      if (first == null) {
        first = shape;
      }
      assertEquals(first, shape, "a different 401 for " + header);
    }
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void onlyAdminsManageEditorsAndReadersCannotWriteAtAll() {
    EditorClient editor = EditorClient.added(app, "محرر", "editor");
    EditorClient secondAdmin = EditorClient.added(app, "مدير", "admin");

    assertEquals(403, editor.get("/api/v1/editors").statusCode());
    assertEquals(403, editor.send(HttpMethod.POST, "/api/v1/editors", new JsonObject().put("name", "x"))
        .statusCode());
    assertEquals(200, secondAdmin.get("/api/v1/editors").statusCode());
    assertEquals(401, app.get("/api/v1/editors").statusCode());
    assertEquals(201, secondAdmin.post(TestApp.article("من المدير الثاني")).statusCode());
  }

  @Test
  void badEditorRequestsNameTheField() {
    HttpResponse<Buffer> res = EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/editors",
        new JsonObject().put("name", " ").put("role", "owner"));

    assertEquals(400, res.statusCode());
    String errors = res.bodyAsJsonObject().getJsonArray("errors").encode();
    assertTrue(errors.contains("\"name\"") && errors.contains("\"role\""), errors);
    assertEquals(404, EditorClient.admin(app).send(HttpMethod.DELETE, "/api/v1/editors/999", null).statusCode());
    assertNull(res.getHeader("Location"));
    assertEquals(0, app.db().count("SELECT count(*) FROM editor"));
  }
}
