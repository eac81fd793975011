package news.akhbar.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;

/** HTTP calls as a given editor (or the admin token) against a {@link TestApp}. */
public final class EditorClient {

  private final TestApp app;
  private final String token;

  public EditorClient(TestApp app, String token) {
    this.app = app;
    this.token = token;
  }

  public static EditorClient admin(TestApp app) {
    return new EditorClient(app, TestApp.TOKEN);
  }

  /** Creates an account through the admin API and returns a client holding its token. */
  public static EditorClient added(TestApp app, String name, String role) {
    JsonObject body = new JsonObject().put("name", name);
    if (role != null) {
      body.put("role", role);
    }
    HttpResponse<Buffer> res = admin(app).send(HttpMethod.POST, "/api/v1/editors", body);
    assertEquals(201, res.statusCode(), res.bodyAsString());
    return new EditorClient(app, res.bodyAsJsonObject().getString("token"));
  }

  public String token() {
    return token;
  }

  public HttpResponse<Buffer> send(HttpMethod method, String uri, JsonObject body) {
    return send(0, method, uri, body, MultiMap.caseInsensitiveMultiMap());
  }

  public HttpResponse<Buffer> send(int instance, HttpMethod method, String uri, JsonObject body, MultiMap headers) {
    HttpRequest<Buffer> req = app.web().request(method, app.port(instance), "127.0.0.1", uri)
        .putHeader("Authorization", "Bearer " + token).putHeaders(headers);
    return Await.of(body == null ? req.send() : req.sendJsonObject(body), 10);
  }

  public HttpResponse<Buffer> post(JsonObject article) {
    return send(HttpMethod.POST, "/api/v1/articles", article);
  }

  public HttpResponse<Buffer> get(String uri) {
    return send(HttpMethod.GET, uri, null);
  }
}
