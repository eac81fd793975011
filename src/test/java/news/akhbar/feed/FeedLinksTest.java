package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without AKHBAR_PUBLIC_URL, feed links follow the Host the reader asked for, or the server's address without one. */
class FeedLinksTest extends AppTest {

  @BeforeEach
  void postArticle() {
    assertEquals(201, app.post(TestApp.article("افتتاح جسر جديد فوق النهر").put("topic", "local")).statusCode());
  }

  @Test
  void http10RequestWithoutHostGetsTheFeedWithTheServersOwnAddress() {
    String base = "http://127.0.0.1:" + app.port();
    for (String feed : new String[] {"/feed.atom", "/feed.json", "/feed.atom?topic=local"}) {
      RawHttp.Reply reply = RawHttp.send(app.port(), "GET " + feed + " HTTP/1.0\r\n\r\n");

      assertEquals(200, reply.status(), feed + "\n" + reply.head());
      assertTrue(reply.body().contains(base + "/a/"), feed + " links its items from " + base + ": " + reply.body());
    }
    assertTrue(RawHttp.send(app.port(), "GET /feed.atom HTTP/1.0\r\n\r\n").body()
        .contains("href=\"" + base + "/feed.atom\""), "the feed's self link");
  }

  @Test
  void eachHostGetsItsOwnLinksThoughTheFeedIsEncodedOncePerEvent() {
    JsonObject first = feed("news.example.org");
    JsonObject second = feed("mirror.example.net:8443");

    assertEquals("http://news.example.org/feed.json", first.getString("feed_url"));
    assertEquals("http://mirror.example.net:8443/feed.json", second.getString("feed_url"));
    assertTrue(second.getJsonArray("items").getJsonObject(0).getString("url")
        .startsWith("http://mirror.example.net:8443/a/"), second.encode());
    assertEquals("http://news.example.org/", feed("news.example.org").getString("home_page_url"));
  }

  @Test
  void aHostThatIsNoHostNameGetsTheServersOwnAddress() {
    RawHttp.Reply reply = RawHttp.send(app.port(),
        "GET /feed.json HTTP/1.1\r\nHost: a\"b<c\r\nConnection: close\r\n\r\n");

    assertEquals(200, reply.status(), reply.head());
    assertEquals("http://127.0.0.1:" + app.port() + "/feed.json", new JsonObject(reply.body()).getString("feed_url"));
  }

  private JsonObject feed(String host) {
    RawHttp.Reply reply = RawHttp.send(app.port(), "GET /feed.json HTTP/1.1\r\nHost: " + host
        + "\r\nConnection: close\r\n\r\n");
    assertEquals(200, reply.status(), reply.head());
    return new JsonObject(reply.body());
  }
}
