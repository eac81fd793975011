package news.akhbar.topic;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.Await;
import news.akhbar.support.ContractCheck;
import news.akhbar.support.TestApp;
import news.akhbar.web.PathIds;

/** Calls to /api/v1/topic-names against a {@link TestApp}, each checked against the OpenAPI document. */
final class TopicNames {

  static final String LIST = "/api/v1/topic-names";

  private TopicNames() {
  }

  static String path(String topic) {
    return LIST + "/" + PathIds.encode(topic);
  }

  /** PUT {"name": name} as the token's holder (null: no Authorization). */
  static HttpResponse<Buffer> rename(TestApp app, int instance, String token, String topic, String name) {
    return send(app, instance, token, HttpMethod.PUT, path(topic), Buffer.buffer(new JsonObject().put("name", name)
        .encode()));
  }

  static HttpResponse<Buffer> rename(TestApp app, String topic, String name) {
    return rename(app, 0, TestApp.TOKEN, topic, name);
  }

  static HttpResponse<Buffer> reset(TestApp app, String token, String topic) {
    return send(app, 0, token, HttpMethod.DELETE, path(topic), null);
  }

  /** A raw body (null for none) with Content-Type: application/json. */
  static HttpResponse<Buffer> send(TestApp app, int instance, String token, HttpMethod method, String uri,
      Buffer body) {
    HttpRequest<Buffer> req = app.web().request(method, app.port(instance), "127.0.0.1", uri);
    if (token != null) {
      req.putHeader("Authorization", "Bearer " + token);
    }
    if (body != null) {
      req.putHeader("Content-Type", "application/json");
    }
    HttpResponse<Buffer> res = Await.of(body == null ? req.send() : req.sendBuffer(body), 10);
    ContractCheck.verify(method, uri, res.statusCode(), res.headers(), res.body());
    return res;
  }

  /** The name GET /api/v1/topic-names gives for a topic on one instance, null when it has none. */
  static String nameOn(TestApp app, int instance, String topic) {
    for (Object item : app.get(instance, LIST).bodyAsJsonObject().getJsonArray("items")) {
      if (((JsonObject) item).getString("topic").equals(topic)) {
        return ((JsonObject) item).getString("name");
      }
    }
    return null;
  }

  static MultiMap headers(String name, String value) {
    return MultiMap.caseInsensitiveMultiMap().add(name, value);
  }
}
