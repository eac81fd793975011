package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.LogCapture;
import news.akhbar.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * A request Vert.x's HTTP decoder refuses before any handler (a request line or headers over the server's limits,
 * a head that does not parse) gets a problem like every other error, naming the part, and its connection is closed;
 * the log gets no stack trace.
 */
class UnreadableRequestTest extends AppTest {

  @Test
  void aRequestLineOverTheLimitIs414NamingTheUri() {
    RawHttp.Reply reply = RawHttp.send(app.port(), "GET /" + "a".repeat(17 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n");

    assertProblem(reply, 414, "uri");
  }

  @Test
  void headersOverTheLimitAre431NamingTheHeaders() {
    RawHttp.Reply reply = RawHttp.send(app.port(), "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(33 * 1024)
        + "\r\n\r\n");

    assertProblem(reply, 431, "headers");
  }

  @Test
  void aHeadThatDoesNotParseIs400NamingTheRequest() {
    RawHttp.Reply reply = RawHttp.send(app.port(), "GET / HTTP/1.1\r\nHost: x\r\nNo-Colon-Here\r\n\r\n");

    assertProblem(reply, 400, "request");
  }

  @Test
  void noneOfThemLeavesAStackTraceAndTheServerGoesOn() {
    try (LogCapture log = LogCapture.start()) {
      RawHttp.send(app.port(), "GET /" + "a".repeat(17 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      RawHttp.send(app.port(), "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(33 * 1024) + "\r\n\r\n");
      RawHttp.send(app.port(), "GET / HTTP/1.1\r\nHost: x\r\nNo-Colon-Here\r\n\r\n");

      assertEquals(List.of(), log.throwables(), log.lines().toString());
    }
    assertEquals(200, app.get("/api/v1/articles").statusCode());
  }

  private static void assertProblem(RawHttp.Reply reply, int status, String part) {
    String head = reply.head().toLowerCase();
    assertEquals(status, reply.status(), reply.head());
    assertTrue(head.contains("content-type: application/problem+json"), reply.head());
    assertTrue(head.contains("connection: close"), "the connection is closed: " + reply.head());
    JsonObject problem = new JsonObject(reply.body());
    assertEquals(status, problem.getInteger("status"));
    assertEquals(part, problem.getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
  }
}
