package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleContentRulesTest extends AppTest {

  private HttpClient http;

  @BeforeEach
  void start(Vertx vertx) {
    http = vertx.createHttpClient();
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private void assertRejected(HttpResponse<Buffer> res, int status, String field) {
    assertEquals(status, res.statusCode(), res.bodyAsString());
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"));
    if (field != null) {
      assertEquals(field, res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"),
          res.bodyAsString());
    }
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
    assertEquals(0, app.db().count("SELECT count(*) FROM stream_event"));
  }

  @Test
  void controlCharactersInTitleOrExcerptAre400NamingTheField() {
    for (String bad : new String[] {"\u0007", "\u001b[31m", "\u0085", "\u007f", "\u009b"}) {
      assertRejected(app.post(TestApp.article("عنوان" + bad + "خبر")), 400, "title");
      assertRejected(app.post(TestApp.article("عنوان").put("excerpt", "ملخص" + bad)), 400, "excerpt");
    }
  }

  @Test
  void titlesKeepTabCrAndLfAndAreTrimmedAndNfcNormalised() {
    JsonObject posted = app.post(TestApp.article("  سطر أول\r\nسطر\tثان  ").put("excerpt", "e\u0301"))
        .bodyAsJsonObject();

    assertEquals("سطر أول\r\nسطر\tثان", posted.getString("title"));
    assertEquals("\u00e9", posted.getString("excerpt"));
  }

  @Test
  void excerptOverSixHundredCharactersIs400() {
    assertRejected(app.post(TestApp.article("خبر").put("excerpt", "ع".repeat(601))), 400, "excerpt");
  }

  @Test
  void derivedExcerptComesFromTheCleanedBody() {
    JsonObject posted = app.post(new JsonObject().put("title", "خبر")
        .put("body", "<script>alert('سر')</script><p>النص الظاهر</p>")).bodyAsJsonObject();

    assertEquals("النص الظاهر", posted.getString("excerpt"));
  }

  @Test
  void oversizeBodyAnnouncedByContentLengthIs413() {
    HttpResponse<Buffer> res = Await.of(app.web().post(app.port(), "127.0.0.1", "/api/v1/articles")
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN).putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer("{\"title\":\"خبر\",\"body\":\"" + "x".repeat(400 * 1024) + "\"}")));
    assertRejected(res, 413, null);
  }

  @Test
  void oversizeChunkedBodyWithoutContentLengthIs413BeforeItEnds() {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
        .setPort(app.port()).setURI("/api/v1/articles").putHeader("Authorization", "Bearer " + TestApp.TOKEN)
        .putHeader("Content-Type", "application/json");
    HttpClientRequest req = Await.of(http.request(options));
    req.setChunked(true);
    var answer = req.response().compose(r -> r.body().map(b -> new Object[] {r.statusCode(), b.toString(),
        r.getHeader("Content-Type")}));
    req.write("{\"title\":\"خبر\",\"body\":\"");
    Buffer chunk = Buffer.buffer("x".repeat(64 * 1024));
    for (int i = 0; i < 8 && !answer.isComplete(); i++) {
      req.write(chunk);
    }
    // The body is never finished: the 413 must come while it is still being sent.
    Object[] res = Await.of(answer);
    assertEquals(413, res[0], String.valueOf(res[1]));
    assertTrue(String.valueOf(res[2]).startsWith("application/problem+json"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void wrongContentTypeOnPatchIs415AndMalformedPatchIs400() {
    String id = app.post(TestApp.article("خبر")).bodyAsJsonObject().getString("id");
    HttpResponse<Buffer> wrongType = Await.of(app.web().patch(app.port(), "127.0.0.1", "/api/v1/articles/" + id)
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN).putHeader("Content-Type", "text/html")
        .sendBuffer(Buffer.buffer("{\"title\":\"x\"}")));
    HttpResponse<Buffer> malformed = Await.of(app.web().patch(app.port(), "127.0.0.1", "/api/v1/articles/" + id)
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN).putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer("{\"title\":")));

    assertEquals(415, wrongType.statusCode());
    assertEquals(400, malformed.statusCode());
    assertEquals(1, app.db().count("SELECT count(*) FROM stream_event"));
  }
}
