package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppEnv;
import news.akhbar.support.AppTest;
import news.akhbar.support.LogCapture;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * A URL whose path or query does not decode (a bad escape, an escape that is not UTF-8) or decodes to a control
 * character is refused at the front door, before any route: a 400 problem naming the part, never a 500 from the
 * database, never a stack trace in the log, and the server goes on answering (issue 17, failures 1 and 2).
 */
class HostileUrlRefusedTest extends AppTest {

  private static final String CURSOR = "MTc5NTkyNTMwMDg2MjAwMDoy";

  /** Failure 1: request line (method and target) with a NUL or another control, and the part the problem names. */
  private static final Map<String, String> CONTROLS = Map.ofEntries(
      Map.entry("GET /a/%00", "path"),
      Map.entry("GET /api/v1/articles/1%1b", "path"),
      Map.entry("DELETE /api/v1/articles/%00", "path"),
      Map.entry("GET /api/v1/search?q=a%00b", "q"),
      Map.entry("GET /feed.atom?topic=x%00y", "topic"),
      Map.entry("GET /feed.json?topic=%7f", "topic"),
      Map.entry("GET /api/v1/articles?limit=1&before=" + CURSOR + "&topic=a%00", "topic"),
      Map.entry("GET /api/v1/articles?before=" + CURSOR + "%00", "before"),
      Map.entry("GET /?before=" + CURSOR + "%00", "before"));

  /** Failure 2: request line with an escape that does not decode, and the part the problem names. */
  private static final Map<String, String> BAD_ESCAPES = Map.ofEntries(
      Map.entry("GET /%zz", "path"),
      Map.entry("GET /a/%zz", "path"),
      Map.entry("GET /a/x%", "path"),
      Map.entry("GET /a/%C3%28", "path"),
      Map.entry("GET /a/%FF", "path"),
      Map.entry("PATCH /api/v1/articles/%zz", "path"),
      Map.entry("GET /?q=%E2%82", "q"),
      Map.entry("GET /api/v1/stream?x=%zz", "x"),
      Map.entry("GET /api/v1/articles?%zz=1", "query"));

  @Test
  void aNulOrAnotherControlAnywhereInTheUrlIsA400ProblemNotA500() {
    assertAllRefusedWithoutAStackTrace(CONTROLS);
  }

  @Test
  void aBadEscapeAnywhereInTheUrlIsA400ProblemWithoutAStackTrace() {
    assertAllRefusedWithoutAStackTrace(BAD_ESCAPES);
  }

  @Test
  void aHostileUrlIsRefusedBeforeTheTokenAndTheBodyAreLookedAt() {
    String body = new JsonObject().put("title", "عنوان").encode();
    String withToken = "Authorization: Bearer " + TestApp.TOKEN + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n";

    assertRefused(send("PATCH /api/v1/articles/%zz", withToken, body), "with a token", "path");
    assertRefused(send("POST /api/v1/articles?x=%00", withToken, body), "with a token", "x");
  }

  @Test
  void headIsRefusedAlikeWithoutABody() {
    RawHttp.Reply reply = RawHttp.send(app.port(), "HEAD /a/%zz HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertEquals(400, reply.status(), reply.head());
    assertTrue(reply.head().toLowerCase().contains("content-type: application/problem+json"), reply.head());
    assertEquals("", reply.body());
  }

  @Test
  @AppEnv("AKHBAR_CORS_ORIGINS=https://desk.example")
  void aCrossOriginRequestIsRefusedAlike() {
    assertRefused(send("GET /api/v1/articles?topic=%00", "Origin: https://desk.example\r\n"), "CORS", "topic");
    assertRefused(send("OPTIONS /api/v1/articles/%zz", "Origin: https://desk.example\r\n"
        + "Access-Control-Request-Method: PATCH\r\n"), "CORS preflight", "path");
  }

  @Test
  void aTabIsLetThroughAsWhiteSpace() {
    RawHttp.Reply reply = send("GET /api/v1/search?q=%D8%AE%D8%A8%D8%B1%09%D9%81%D9%8A", "");

    assertEquals(200, reply.status(), "a tab pasted into a search is white space, not an attack: " + reply.head());
  }

  private void assertAllRefusedWithoutAStackTrace(Map<String, String> hostile) {
    app.post(TestApp.article("خبر في الذاكرة"));   // so that memory could answer the well-formed part
    try (LogCapture log = LogCapture.start()) {
      hostile.forEach((line, part) -> assertRefused(send(line, ""), line, part));

      assertEquals(List.of(), log.throwables(), "a client's mistake leaves no stack trace: " + log.lines());
      assertTrue(log.lines().stream().noneMatch(l -> l.contains("\tat ")), log.lines().toString());
    }
    assertEquals(200, app.get("/api/v1/articles").statusCode(), "the server answers a normal request afterwards");
  }

  private RawHttp.Reply send(String requestLine, String headers) {
    return send(requestLine, headers, "");
  }

  private RawHttp.Reply send(String requestLine, String headers, String body) {
    return RawHttp.send(app.port(), requestLine + " HTTP/1.0\r\nHost: localhost\r\n" + headers + "\r\n" + body);
  }

  private static void assertRefused(RawHttp.Reply reply, String what, String part) {
    assertEquals(400, reply.status(), what + ": " + reply.head() + "\n" + reply.body());
    assertTrue(reply.head().toLowerCase().contains("content-type: application/problem+json"), what + ": " + reply.head());
    JsonObject problem = new JsonObject(reply.body());
    assertEquals(part, problem.getJsonArray("errors").getJsonObject(0).getString("field"), what + ": " + reply.body());
  }
}
