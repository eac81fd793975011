package news.akhbar.latest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TcpProxy;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every instance keeps the newest news from the fan-out alone: once its stream has carried an event, its lists and
 * articles show it, without asking PostgreSQL (its connection is cut here); and a restart rebuilds the same window
 * from the store, including what other instances wrote meanwhile.
 */
@ExtendWith(VertxExtension.class)
class NewestNewsAcrossInstancesTest {

  @Test
  void anInstanceListsWhatItsStreamCarriedWithoutAskingTheStore(Vertx vertx) throws Exception {
    try (TcpProxy pg = TcpProxy.to(vertx, 5432); TestApp app = TestApp.start(vertx)) {
      String viaProxy = "postgresql://root@127.0.0.1:" + pg.port() + "/" + app.db().name();
      int other = app.startInstance(Map.of("AKHBAR_PG_URL", viaProxy));
      JsonObject first = app.post(TestApp.article("خبر قبل القطع")).bodyAsJsonObject();
      String kept = first.getString("id");
      // from the first event on: the other instance may not have heard of it yet when the stream opens
      SseProbe stream = app.openStream(other, "/api/v1/stream?lastEventId=" + first.getString("eventId"), null);
      pg.cut();

      for (int i = 0; i < 5; i++) {
        JsonObject posted = app.post(TestApp.article("خبر عاجل رقم " + i).put("topic", "world")).bodyAsJsonObject();
        assertEquals(posted.getString("eventId"), next(stream).id());
        JsonObject list = app.get(other, "/api/v1/articles?limit=3").bodyAsJsonObject();
        assertEquals(posted.getString("id"), list.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(posted.getString("eventId"), list.getString("lastEventId"));
        JsonObject world = app.get(other, "/api/v1/articles?topic=world&limit=1").bodyAsJsonObject();
        assertEquals(posted.getString("id"), world.getJsonArray("items").getJsonObject(0).getString("id"));
      }

      String edited = app.patch(kept, new JsonObject().put("title", "عنوان بعد التعديل")).bodyAsJsonObject()
          .getString("eventId");
      assertEquals(edited, next(stream).id());
      assertEquals("عنوان بعد التعديل", app.get(other, "/api/v1/articles/" + kept).bodyAsJsonObject()
          .getString("title"), "the edit shows at once on the other instance");
      String retracted = app.retract(kept).bodyAsJsonObject().getString("eventId");
      assertEquals(retracted, next(stream).id());
      assertEquals(410, app.get(other, "/api/v1/articles/" + kept).statusCode());
      JsonArray items = app.get(other, "/api/v1/articles?limit=20").bodyAsJsonObject().getJsonArray("items");
      assertEquals(5, items.size(), "the retracted article left the list: " + items);
      JsonObject topics = app.get(other, "/api/v1/topics").bodyAsJsonObject();
      assertEquals(5, topics.getJsonArray("topics").getJsonObject(0).getInteger("count"), topics.encode());
      assertEquals(1, topics.getJsonArray("topics").size(), "general has no live article left: " + topics.encode());
    }
  }

  @Test
  void aRestartRebuildsTheWindowFromTheStore(Vertx vertx) throws Exception {
    TestDatabase db = TestDatabase.create();
    try (TcpProxy pg = TcpProxy.to(vertx, 5432);
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_PG_URL",
             "postgresql://root@127.0.0.1:" + pg.port() + "/" + db.name(), "AKHBAR_HOT_ARTICLES", "8"))) {
      int writer = app.startInstance(Map.of("AKHBAR_PG_URL", db.url()));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ids.add(app.post(TestApp.article("خبر للنافذة " + i).put("topic", i % 2 == 0 ? "economy" : "sports"))
            .bodyAsJsonObject().getString("id"));
      }
      app.stopInstance(0);
      app.patch(writer, TestApp.TOKEN, ids.get(11), new JsonObject().put("title", "تعديل أثناء التوقف"));
      app.retract(writer, TestApp.TOKEN, ids.get(10));
      app.post(writer, TestApp.article("خبر أثناء التوقف").put("topic", "culture"));
      String expectedList = app.get(writer, "/api/v1/articles?limit=8").bodyAsString();
      String expectedTopic = app.get(writer, "/api/v1/articles?topic=economy&limit=5").bodyAsString();
      String expectedTopics = app.get(writer, "/api/v1/topics").bodyAsString();

      app.restartInstance(0);
      pg.cut();
      assertEquals(expectedList, app.get("/api/v1/articles?limit=8").bodyAsString());
      assertEquals(expectedTopic, app.get("/api/v1/articles?topic=economy&limit=5").bodyAsString());
      assertEquals(expectedTopics, app.get("/api/v1/topics").bodyAsString());
      assertEquals(503, app.get("/api/v1/articles?limit=20").statusCode(), "twenty is more than the window holds");
    } finally {
      db.close();
    }
  }

  private static SseEvent next(SseProbe stream) throws InterruptedException {
    SseEvent event = stream.nextItem(5);
    assertNotNull(event, "the stream carried nothing within 5 s");
    assertTrue(List.of("article", "update", "retract").contains(event.event()), event.event());
    return event;
  }
}
