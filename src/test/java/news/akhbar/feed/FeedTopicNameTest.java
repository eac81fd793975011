package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A topic's feed is titled with the topic's name, and each Atom entry's category labelled with it, renamed or not. */
@ExtendWith(VertxExtension.class)
class FeedTopicNameTest {

  @Test
  void aTopicsFeedsCarryItsCurrentNameAndANewETagAfterARename(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx)) {
      app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
      HttpResponse<Buffer> atom = app.get("/feed.atom?topic=sports");
      HttpResponse<Buffer> json = app.get("/feed.json?topic=sports");
      assertNames(atom, json, "رياضة");

      HttpResponse<Buffer> renamed = EditorClient.admin(app).send(HttpMethod.PUT, "/api/v1/topic-names/sports",
          new JsonObject().put("name", "الرياضة"));
      assertEquals(200, renamed.statusCode(), renamed.bodyAsString());

      assertNames(app.get("/feed.atom?topic=sports", Map.of("If-None-Match", atom.getHeader("ETag"))),
          app.get("/feed.json?topic=sports", Map.of("If-None-Match", json.getHeader("ETag"))), "الرياضة");
    }
  }

  private static void assertNames(HttpResponse<Buffer> atom, HttpResponse<Buffer> json, String name) {
    assertEquals(200, atom.statusCode());
    assertEquals(200, json.statusCode());
    Document feed = Jsoup.parse(atom.bodyAsString(), "", Parser.xmlParser());
    assertEquals("أخبار — " + name, feed.selectFirst("feed > title").text());
    assertEquals("sports", feed.selectFirst("entry > category").attr("term"));
    assertEquals(name, feed.selectFirst("entry > category").attr("label"));
    assertEquals("أخبار — " + name, json.bodyAsJsonObject().getString("title"));
  }
}
