package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class ArticleRejectionTest extends AppTest {

  private HttpRequest<Buffer> post(String token) {
    HttpRequest<Buffer> req = app.web().post(app.port(), "127.0.0.1", "/api/v1/articles");
    return token == null ? req : req.putHeader("Authorization", token);
  }

  private HttpResponse<Buffer> send(HttpRequest<Buffer> req, String contentType, String body) {
    return Await.of(req.putHeader("Content-Type", contentType).sendBuffer(Buffer.buffer(body)), 10);
  }

  private void assertProblem(HttpResponse<Buffer> res, int status, String field) {
    assertEquals(status, res.statusCode(), res.bodyAsString());
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), res.getHeader("Content-Type"));
    JsonObject problem = res.bodyAsJsonObject();
    assertEquals(status, problem.getInteger("status"));
    if (field != null) {
      JsonArray errors = problem.getJsonArray("errors");
      assertTrue(errors.stream().map(JsonObject.class::cast).anyMatch(e -> field.equals(e.getString("field"))),
          "no error names " + field + ": " + problem);
    }
    assertEquals(0, app.db().count("SELECT count(*) FROM article"), "a rejected request wrote an article");
    assertEquals(0, app.db().count("SELECT count(*) FROM stream_event"), "a rejected request wrote an event");
  }

  @Test
  void missingTokenIs401WithNothingWritten() {
    HttpResponse<Buffer> res = send(post(null), "application/json", "{\"title\":\"خبر\"}");
    assertProblem(res, 401, null);
    assertTrue(res.getHeader("WWW-Authenticate").startsWith("Bearer"));
  }

  @Test
  void wrongTokenIs401WithNothingWritten() {
    assertProblem(send(post("Bearer nope"), "application/json", "{\"title\":\"خبر\"}"), 401, null);
    assertProblem(send(post(TestApp.TOKEN), "application/json", "{\"title\":\"خبر\"}"), 401, null);
  }

  @Test
  void missingTitleIs400NamingTheField() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json", "{\"body\":\"<p>نص</p>\"}"),
        400, "title");
  }

  @Test
  void blankTitleIs400NamingTheField() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json", "{\"title\":\"   \"}"), 400, "title");
  }

  @Test
  void wrongTypesAre400NamingEachField() {
    HttpResponse<Buffer> res = send(post("Bearer " + TestApp.TOKEN), "application/json",
        "{\"title\":5,\"breaking\":\"yes\",\"topic\":\"two words\"}");
    assertProblem(res, 400, "title");
    assertProblem(res, 400, "breaking");
    assertProblem(res, 400, "topic");
  }

  @Test
  void unknownFieldIs400NamingIt() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json", "{\"title\":\"خبر\",\"autor\":\"x\"}"),
        400, "autor");
  }

  @Test
  void tooLongTitleIs400() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json",
        new JsonObject().put("title", "ع".repeat(301)).encode()), 400, "title");
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json", "{\"title\": \"خبر\""), 400, "body");
  }

  @Test
  void aFieldGivenTwiceIs400WithNothingWritten() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json",
        "{\"title\":\"خبر أول\",\"title\":\"خبر ثان\"}"), 400, "body");
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void invalidUtf8Is400() {
    Buffer bad = Buffer.buffer("{\"title\":\"").appendBytes(new byte[] {(byte) 0xC3, (byte) 0x28}).appendString("\"}");
    HttpResponse<Buffer> res = Await.of(post("Bearer " + TestApp.TOKEN).putHeader("Content-Type", "application/json")
        .sendBuffer(bad), 10);
    assertProblem(res, 400, "body");
  }

  @Test
  void wrongContentTypeIs415() {
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "text/plain", "{\"title\":\"خبر\"}"), 415, null);
  }

  @Test
  void oversizeBodyIs413() {
    String huge = new JsonObject().put("title", "خبر").put("body", "x".repeat(300 * 1024)).encode();
    assertProblem(send(post("Bearer " + TestApp.TOKEN), "application/json", huge), 413, null);
  }
}
