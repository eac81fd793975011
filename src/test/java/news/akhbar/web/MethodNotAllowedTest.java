package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.LogCapture;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * A wrong method on a path the routes answer is a 405 problem whose Allow lists the methods they answer there (read
 * from the routes themselves); an unknown path stays a 404 (issue 17, failure 8).
 */
class MethodNotAllowedTest extends AppTest {

  /** Request line and the Allow it must carry. */
  private static final Map<String, String> WRONG = Map.of(
      "PUT /api/v1/articles", "GET, HEAD, POST",
      "POST /api/v1/stream", "GET",
      "DELETE /", "GET, HEAD",
      "POST /feed.atom", "GET, HEAD",
      "PUT /api/v1/articles/7", "DELETE, GET, HEAD, PATCH",
      "POST /api/v1/articles/7/", "DELETE, GET, HEAD, PATCH",
      "PATCH /api/v1/topics", "GET, HEAD",
      "POST /health/live", "GET, HEAD",
      "HEAD /api/v1/scheduled/3", "DELETE");

  @Test
  void aWrongMethodOnAKnownPathIs405WithTheMethodsThePathAnswers() {
    try (LogCapture log = LogCapture.start()) {
      WRONG.forEach((line, allow) -> {
        RawHttp.Reply reply = RawHttp.send(app.port(), line + " HTTP/1.0\r\nHost: localhost\r\nAuthorization: Bearer "
            + TestApp.TOKEN + "\r\nContent-Length: 0\r\n\r\n");

        assertEquals(405, reply.status(), line + ": " + reply.head());
        assertEquals(allow, reply.header("allow"), line);
        assertTrue(reply.header("content-type").startsWith("application/problem+json"), line + ": " + reply.head());
        if (!line.startsWith("HEAD")) {
          assertEquals(405, new JsonObject(reply.body()).getInteger("status"), line + ": " + reply.body());
        }
      });

      assertEquals(0, log.throwables().size(), log.lines().toString());
    }
  }

  @Test
  void aWrongMethodOnTheAdminsPathsIs405BeforeAnyTokenIsAskedFor() {
    String editor = app.newEditor("محررة الأخبار");
    Map<String, String> wrong = Map.of("PUT /api/v1/editors", "GET, HEAD, POST", "GET /api/v1/editors/1", "DELETE");
    wrong.forEach((line, allow) -> {
      for (String auth : new String[] {"", "Authorization: Bearer " + editor + "\r\n"}) {
        RawHttp.Reply reply = RawHttp.send(app.port(), line + " HTTP/1.0\r\nHost: localhost\r\n" + auth + "\r\n");

        assertEquals(405, reply.status(), line + " " + auth + ": " + reply.head());
        assertEquals(allow, reply.header("allow"), line);
      }
    });
  }

  @Test
  void anUnknownPathStaysA404WhateverTheMethod() {
    for (String line : new String[] {"DELETE /nowhere", "PUT /api/v1/nothing", "POST /a/x/y", "GET /api/v1/nothing"}) {
      RawHttp.Reply reply = RawHttp.send(app.port(), line + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

      assertEquals(404, reply.status(), line + ": " + reply.head());
      assertTrue(reply.header("content-type").startsWith("application/problem+json"), line + ": " + reply.head());
      assertEquals(null, reply.header("allow"), line);
    }
  }

  @Test
  void theRightMethodsStillAnswer() {
    JsonObject created = app.published(TestApp.article("خبر تُجرَّب عليه الطرق"));

    assertEquals(200, app.get("/api/v1/articles/" + created.getString("id")).statusCode());
    assertEquals(200, app.patch(created.getString("id"), new JsonObject().put("title", "عنوان جديد")).statusCode());
  }
}
