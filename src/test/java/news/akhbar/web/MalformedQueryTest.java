package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query string that is not valid percent-encoding gets a 400 problem on every hot path, the ones answered before
 * the router included: never a hang, never a stack trace.
 */
class MalformedQueryTest extends AppTest {

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/articles?limit=%zz", "/api/v1/articles/1?x=%", "/api/v1/topics?x=%e",
      "/api/v1/stream?topics=%zz", "/?topic=%zz", "/a/x?x=%zz", "/feed.atom?topic=%zz", "/feed.json?topic=%",
      "/front.js?v=%zz"})
  void aBrokenPercentEscapeIsA400Problem(String uri) {
    app.post(TestApp.article("خبر في الذاكرة"));   // so that memory can answer the well-formed part

    RawHttp.Reply reply = RawHttp.send(app.port(), "GET " + uri + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertEquals(400, reply.status(), reply.head());
    assertTrue(reply.head().toLowerCase().contains("content-type: application/problem+json"), reply.head());
    assertTrue(reply.body().contains("\"query\""), "the problem names the query: " + reply.body());
  }
}
