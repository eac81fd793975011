package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, failure 7: every route that reads a JSON body takes exactly the media type application/json (any case,
 * with parameters; a charset only utf-8), and answers anything else, or no Content-Type, 415 naming Content-Type.
 */
class JsonMediaTypeTest extends AppTest {

  /** Every route that reads a body; the ids need not exist, since the type is checked first. */
  private static final List<String> ROUTES = List.of("POST /api/v1/articles", "PATCH /api/v1/articles/1",
      "POST /api/v1/editors", "POST /api/v1/live/1/entries", "PATCH /api/v1/live/1/entries/1");

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_WRITES_PER_MINUTE", "100000");
  }

  @Test
  void lookalikesOtherCharsetsAndNoTypeAre415NamingContentTypeOnEveryBodyRoute() {
    for (String route : ROUTES) {
      for (String type : Arrays.asList("application/jsonx", "application/json-patch+json", "text/json",
          "application/json; charset=iso-8859-1", "application/jsonp; charset=utf-8", null)) {
        HttpResponse<Buffer> res = send(route, type);
        String what = route + " with Content-Type " + type;
        assertEquals(415, res.statusCode(), what + ": " + res.bodyAsString());
        assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), what);
        JsonObject problem = res.bodyAsJsonObject();
        assertEquals(415, problem.getInteger("status"), what);
        assertEquals("Content-Type", problem.getJsonArray("errors").getJsonObject(0).getString("field"), what);
      }
    }
  }

  @Test
  void applicationJsonInAnyCaseWithAUtf8CharsetIsTakenOnEveryBodyRoute() {
    for (String route : ROUTES) {
      for (String type : List.of("application/json", "APPLICATION/JSON; charset=\"UTF-8\"",
          "application/json;charset=utf-8")) {
        HttpResponse<Buffer> res = send(route, type);
        assertNotEquals(415, res.statusCode(), route + " with Content-Type " + type + ": " + res.bodyAsString());
      }
    }
  }

  private HttpResponse<Buffer> send(String route, String type) {
    String[] parts = route.split(" ", 2);
    HttpRequest<Buffer> req = app.web().request(HttpMethod.valueOf(parts[0]), app.port(), "127.0.0.1", parts[1])
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN);
    if (type != null) {
      req.putHeader("Content-Type", type);
    }
    return Await.of(req.sendBuffer(Buffer.buffer("{}")), 10);
  }
}
