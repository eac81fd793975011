package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;

/** The live desk as the tests drive it: an editor's calls to the live API, on any instance. */
final class LiveDesk {

  private final TestApp app;
  private final EditorClient editor;

  LiveDesk(TestApp app) {
    this.app = app;
    this.editor = EditorClient.admin(app);
  }

  /** Publishes an article and starts its coverage; returns the coverage as created. */
  JsonObject coverage(String title) {
    String articleId = app.published(TestApp.article(title)).getString("id");
    HttpResponse<Buffer> res = send(HttpMethod.POST, "/api/v1/articles/" + articleId + "/live", null);
    assertEquals(201, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject();
  }

  /** Posts an entry with this body; returns it as created. */
  JsonObject entry(String coverageId, String body) {
    return entry(coverageId, new JsonObject().put("body", body));
  }

  JsonObject entry(String coverageId, JsonObject entry) {
    HttpResponse<Buffer> res = post(coverageId, entry);
    assertEquals(201, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject();
  }

  HttpResponse<Buffer> post(String coverageId, JsonObject entry) {
    return send(HttpMethod.POST, "/api/v1/live/" + coverageId + "/entries", entry);
  }

  HttpResponse<Buffer> patch(String coverageId, String entryId, JsonObject change) {
    return send(HttpMethod.PATCH, "/api/v1/live/" + coverageId + "/entries/" + entryId, change);
  }

  HttpResponse<Buffer> delete(String coverageId, String entryId) {
    return send(HttpMethod.DELETE, "/api/v1/live/" + coverageId + "/entries/" + entryId, null);
  }

  HttpResponse<Buffer> end(String coverageId) {
    return send(HttpMethod.POST, "/api/v1/live/" + coverageId + "/end", null);
  }

  HttpResponse<Buffer> send(HttpMethod method, String uri, JsonObject body) {
    return send(0, method, uri, body);
  }

  HttpResponse<Buffer> send(int instance, HttpMethod method, String uri, JsonObject body) {
    return editor.send(instance, method, uri, body, MultiMap.caseInsensitiveMultiMap());
  }
}
