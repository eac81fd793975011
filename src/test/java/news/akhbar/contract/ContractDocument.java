package news.akhbar.contract;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.List;
import java.util.Map;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;

/**
 * The OpenAPI document as the server serves it, read with vertx-openapi. vertx-openapi 5.0 refuses a contract naming
 * a media type it cannot validate (it knows JSON, text/plain, octet-stream and multipart only; custom media types
 * came in 5.1), so the copy it reads names each other type by the one it is checked as: a {@code +json} type as
 * application/json, the rest (HTML, Atom, event streams, YAML) as text/plain. Paths, operations and statuses are
 * untouched; {@link #checkedAs} maps a response's real Content-Type the same way.
 */
final class ContractDocument {

  private static final List<String> KNOWN = List.of("application/json", "text/plain");

  private ContractDocument() {
  }

  static OpenAPIContract read(Vertx vertx, TestApp app) {
    JsonObject served = app.get(ContractRoutes.JSON_PATH).bodyAsJsonObject();
    return Await.of(OpenAPIContract.from(vertx, (JsonObject) adapted(served)));
  }

  /** The media type vertx-openapi checks a response of this Content-Type as (parameters dropped). */
  static String checkedAs(String contentType) {
    String bare = contentType == null ? "" : contentType.split(";")[0].strip();
    return KNOWN.contains(bare) ? bare : bare.endsWith("+json") ? "application/json" : "text/plain";
  }

  private static Object adapted(Object node) {
    if (node instanceof JsonObject object) {
      JsonObject out = new JsonObject();
      for (Map.Entry<String, Object> e : object) {
        out.put(e.getKey(), e.getKey().equals("content") && e.getValue() instanceof JsonObject media
            ? renamed(media) : adapted(e.getValue()));
      }
      return out;
    }
    if (node instanceof JsonArray array) {
      JsonArray out = new JsonArray();
      array.forEach(item -> out.add(adapted(item)));
      return out;
    }
    return node;
  }

  private static JsonObject renamed(JsonObject media) {
    JsonObject out = new JsonObject();
    for (Map.Entry<String, Object> e : media) {
      out.put(checkedAs(e.getKey()), adapted(e.getValue()));
    }
    return out;
  }
}
