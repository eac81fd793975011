package news.akhbar.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

/** A live coverage as tests outside the live package drive it: start and end one, post entries as an editor. */
public final class LiveCoverage {

  private LiveCoverage() {
  }

  /** Starts the article's coverage with the admin token; returns the coverage as created. */
  public static JsonObject start(TestApp app, String articleId) {
    return expect(201, EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/articles/" + articleId + "/live", null));
  }

  /** Ends it; returns the coverage as ended. */
  public static JsonObject end(TestApp app, String coverageId) {
    return expect(200, EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/live/" + coverageId + "/end", null));
  }

  /** Posts an entry as this editor; returns it as created. */
  public static JsonObject entry(EditorClient editor, String coverageId, JsonObject entry) {
    return expect(201, editor.send(HttpMethod.POST, "/api/v1/live/" + coverageId + "/entries", entry));
  }

  private static JsonObject expect(int status, HttpResponse<Buffer> res) {
    assertEquals(status, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject();
  }
}
