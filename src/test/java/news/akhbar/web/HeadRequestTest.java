package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * HEAD, as link checkers, uptime monitors and link previews send it: the answer GET would give, headers and all,
 * without the body; the hot paths answered from memory and the ones through the router alike.
 */
class HeadRequestTest extends AppTest {

  @Test
  void headAnswersWhatGetWouldWithoutTheBody() {
    JsonObject a = app.post(TestApp.article("خبر يُسأل عنه برأس الطلب")).bodyAsJsonObject();
    String slug = URLEncoder.encode(a.getString("slug"), StandardCharsets.UTF_8);
    List<String> uris = List.of("/", "/?topic=" + URLEncoder.encode("سياسة", StandardCharsets.UTF_8),
        "/a/" + slug, "/feed.atom", "/feed.json", "/api/v1/articles", "/api/v1/articles/" + a.getString("id"),
        "/api/v1/topics", "/a/no-such-article", "/api/v1/articles/999999", "/no-such-page");

    for (String uri : uris) {
      RawHttp.Reply get = RawHttp.send(app.port(), "GET " + uri + " HTTP/1.0\r\nHost: localhost\r\n\r\n");
      RawHttp.Reply head = RawHttp.send(app.port(), "HEAD " + uri + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

      assertEquals(get.status(), head.status(), "HEAD " + uri + ": " + head.head());
      assertEquals(get.header("content-type"), head.header("content-type"), "HEAD " + uri);
      assertEquals(get.header("etag"), head.header("etag"), "HEAD " + uri);
      String length = head.header("content-length");
      if (get.status() == 200 || length != null) {   // an error page may leave it out; what is said must be right
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), length,
            "HEAD " + uri + " announces the length GET sends");
      }
      assertEquals("", head.body(), "HEAD " + uri + " sends no body");
    }
    RawHttp.Reply ok = RawHttp.send(app.port(), "HEAD / HTTP/1.0\r\nHost: localhost\r\n\r\n");
    assertEquals(200, ok.status(), "the front page is there: " + ok.head());
    RawHttp.Reply script = RawHttp.send(app.port(), "HEAD /front.js HTTP/1.0\r\nHost: localhost\r\n\r\n");
    assertEquals(200, script.status(), script.head());
    assertTrue(script.header("content-type").startsWith("text/javascript"), script.head());
    assertEquals("", script.body());
  }

  @Test
  void headOnTheStreamOpensNoStream() {
    RawHttp.Reply head = RawHttp.send(app.port(), "HEAD /api/v1/stream HTTP/1.0\r\nHost: localhost\r\n\r\n");

    assertEquals(405, head.status(), head.head());
    assertEquals("GET", head.header("allow"));
    assertTrue(head.header("content-type").startsWith("application/problem+json"), head.head());
  }

  @Test
  void headOnAnotherSpellingOfTheStreamsPathOpensNoStreamEither() {
    for (String path : List.of("/api/v1/stream/", "//api/v1/stream", "/api/v1/./stream")) {
      RawHttp.Reply head = RawHttp.send(app.port(), "HEAD " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n");

      assertEquals(405, head.status(), "HEAD " + path + ": " + head.head());
      assertEquals("", head.body(), "HEAD " + path + " sends no body");
    }
  }
}
