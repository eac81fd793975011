package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class TickerTopicsTest extends AppTest {

  private JsonObject post(String title, String topic) {
    return app.post(TestApp.article(title).put("topic", topic)).bodyAsJsonObject();
  }

  private static List<String> events(SseProbe stream, int n) throws InterruptedException {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SseEvent e = stream.nextItem(5);
      assertNotNull(e, "only " + seen);
      seen.add(e.event() + ":" + new JsonObject(e.data()).getString("id"));
    }
    assertNull(stream.nextItem(1), "an event of another topic arrived");
    return seen;
  }

  @Test
  void topicFilterDeliversOnlyThoseTopicsIncludingUpdatesAndRetractions() throws Exception {
    SseProbe filtered = app.openStream("/api/v1/stream?topics=politics,economy");

    JsonObject politics = post("سياسة", "politics");
    post("رياضة", "sport");
    JsonObject economy = post("اقتصاد", "economy");
    app.patch(politics.getString("id"), new JsonObject().put("title", "سياسة محدثة"));
    app.retract(economy.getString("id"));

    assertEquals(List.of("article:" + politics.getString("id"), "article:" + economy.getString("id"),
        "update:" + politics.getString("id"), "retract:" + economy.getString("id")), events(filtered, 4));
  }

  @Test
  void movingAnArticleOutOfATopicStillTellsThatTopicsReaders() throws Exception {
    JsonObject article = post("خبر", "politics");
    SseProbe politics = app.openStream("/api/v1/stream?topics=politics");

    app.patch(article.getString("id"), new JsonObject().put("topic", "sport"));

    SseEvent update = politics.nextItem(5);
    assertNotNull(update, "readers of the old topic must learn the article left it");
    assertEquals("sport", new JsonObject(update.data()).getString("topic"));
  }

  @Test
  void filteredListLastEventIdResumesAFilteredStreamWithoutGap() throws Exception {
    post("سياسة ١", "politics");
    post("رياضة ١", "sport");
    JsonObject list = app.get("/api/v1/articles?topic=politics").bodyAsJsonObject();
    assertEquals(1, list.getJsonArray("items").size());
    post("رياضة ٢", "sport");
    JsonObject missed = post("سياسة ٢", "politics");

    SseProbe stream = app.openStream("/api/v1/stream?topics=politics&lastEventId=" + list.getString("lastEventId"));

    assertEquals(List.of("article:" + missed.getString("id")), events(stream, 1));
  }
}
