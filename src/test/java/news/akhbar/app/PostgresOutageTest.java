package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
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
 * PostgreSQL goes away (a relay the test cuts): writes answer 503 with nothing half-written; readers still get the
 * newest news, articles and topics from memory, search from this instance's index, and resume inside the replay
 * ring; what memory does not hold is a 503 (reads) or a reset (streams); everything recovers by itself.
 */
@ExtendWith(VertxExtension.class)
class PostgresOutageTest {

  @Test
  void writesAnswer503ReadersKeepTheNewestNewsAndEverythingRecovers(Vertx vertx) throws Exception {
    TestDatabase db = TestDatabase.create();
    try (TcpProxy pg = TcpProxy.to(vertx, 5432);
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_PG_URL",
             "postgresql://root@127.0.0.1:" + pg.port() + "/" + db.name(), "AKHBAR_HOT_ARTICLES", "3",
             "AKHBAR_REPLAY_RING", "2"))) {
      List<JsonObject> posted = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        posted.add(app.post(TestApp.article("خبر قبل الانقطاع رقم " + i)).bodyAsJsonObject());
      }
      SseProbe stream = app.openStream("/api/v1/stream");
      assertTrue(app.awaitIndexed(0, Long.parseLong(posted.get(4).getString("eventId"))),
          "the search index holds the five stories before the cut");

      pg.cut();
      var refused = app.post(TestApp.article("أثناء الانقطاع"));
      assertEquals(503, refused.statusCode(), refused.bodyAsString());
      assertTrue(refused.getHeader("Content-Type").startsWith("application/problem+json"));
      assertNotNull(refused.getHeader("Retry-After"));

      JsonObject newest = app.get("/api/v1/articles?limit=3").bodyAsJsonObject();
      JsonArray items = newest.getJsonArray("items");
      assertEquals(List.of(id(posted, 4), id(posted, 3), id(posted, 2)),
          List.of(items.getJsonObject(0).getString("id"), items.getJsonObject(1).getString("id"),
              items.getJsonObject(2).getString("id")), "the newest three come from memory");
      assertEquals(posted.get(4).getString("eventId"), newest.getString("lastEventId"));
      assertNull(newest.getValue("stale"), "memory is current: no write can happen while the store is away");
      assertEquals(503, app.get("/api/v1/articles?limit=3&before=" + newest.getString("next")).statusCode(),
          "an older page is not in memory");
      assertEquals(200, app.get("/api/v1/articles/" + id(posted, 4)).statusCode());
      assertEquals(200, app.get("/api/v1/topics").statusCode());
      var found = app.get("/api/v1/search?q=" + java.net.URLEncoder.encode("خبر", "UTF-8"));
      assertEquals(200, found.statusCode(), "search is answered by this instance's index: " + found.bodyAsString());
      assertEquals(5, found.bodyAsJsonObject().getJsonArray("items").size(), found.bodyAsString());
      assertEquals(503, app.get("/health/ready").statusCode());

      SseProbe inRing = app.openStream(0, "/api/v1/stream", lastEventId(posted.get(3).getString("eventId")));
      assertEquals("ready", inRing.opening().event(), "a resume inside the ring needs no database");
      SseEvent missed = inRing.nextItem(5);
      assertNotNull(missed, "the missed event was not replayed from memory");
      assertEquals(posted.get(4).getString("eventId"), missed.id());
      SseProbe outOfRing = app.openStream(0, "/api/v1/stream", lastEventId(posted.get(1).getString("eventId")));
      assertEquals("reset", outOfRing.opening().event(), "further back, the reader reloads its list (a 200)");
      assertEquals(posted.get(4).getString("eventId"), outOfRing.opening().id());
      assertTrue(stream.heartbeats(2, 5), "heartbeats stopped during the outage");
      assertFalse(stream.ended(), "the stream was closed during the outage");

      pg.restore();
      JsonObject after = null;
      long deadline = System.currentTimeMillis() + 15_000;
      while (after == null && System.currentTimeMillis() < deadline) {
        var res = app.post(TestApp.article("بعد عودة القاعدة"));
        if (res.statusCode() == 201) {
          after = res.bodyAsJsonObject();
        }
      }
      assertNotNull(after, "writes did not recover");
      for (SseProbe reader : List.of(stream, inRing, outOfRing)) {
        SseEvent event = reader.nextItem(5);
        assertNotNull(event, "an open stream did not get the post-recovery article");
        assertEquals(after.getString("eventId"), event.id());
      }
      assertEquals(6, db.count("SELECT count(*) FROM article"), "the refused write left a row");
      assertEquals(200, app.get("/health/ready").statusCode());
    } finally {
      db.close();
    }
  }

  private static String id(List<JsonObject> posted, int index) {
    return posted.get(index).getString("id");
  }

  private static MultiMap lastEventId(String id) {
    return MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", id);
  }
}
