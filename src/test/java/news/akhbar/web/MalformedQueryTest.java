package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query string that is not valid percent-encoding gets a 400 problem naming the parameter on every hot path, the
 * ones answered before the router included: never a hang, never a stack trace.
 */
class MalformedQueryTest extends AppTest {

  @ParameterizedTest
  @CsvSource({"/api/v1/articles?limit=%zz, limit", "/api/v1/articles/1?x=%, x", "/api/v1/topics?x=%e, x",
      "/api/v1/stream?topics=%zz, topics", "/?topic=%zz, topic", "/a/x?x=%zz, x", "/feed.atom?topic=%zz, topic",
      "/feed.json?topic=%, topic", "/front.js?v=%zz, v", "/?%zz=1, query"})
  void aBrokenPercentEscapeIsA400ProblemNamingTheParameter(String uri, String parameter) {
    app.post(TestApp.article("خبر في الذاكرة"));   // so that memory can answer the well-formed part

    RawHttp.Reply reply = RawHttp.send(app.port(), "GET " + uri + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertEquals(400, reply.status(), reply.head());
    assertTrue(reply.head().toLowerCase().contains("content-type: application/problem+json"), reply.head());
    JsonObject problem = new JsonObject(reply.body());
    assertEquals(parameter, problem.getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
  }
}
