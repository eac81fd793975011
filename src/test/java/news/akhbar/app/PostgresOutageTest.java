package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TcpProxy;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PostgreSQL goes away (a relay the test cuts): writes answer 503, streams stay open, reads fall back, recovery. */
@ExtendWith(VertxExtension.class)
class PostgresOutageTest {

  @Test
  void writesAnswer503StreamsStayOpenAndEverythingRecovers(Vertx vertx) throws Exception {
    TestDatabase db = TestDatabase.create();
    try (TcpProxy pg = TcpProxy.to(vertx, 5432);
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_PG_URL",
             "postgresql://root@127.0.0.1:" + pg.port() + "/" + db.name()))) {
      String first = app.post(TestApp.article("قبل الانقطاع")).bodyAsJsonObject().getString("id");
      assertEquals(200, app.get("/api/v1/articles").statusCode());
      SseProbe stream = app.openStream("/api/v1/stream");

      pg.cut();
      var refused = app.post(TestApp.article("أثناء الانقطاع"));
      assertEquals(503, refused.statusCode(), refused.bodyAsString());
      assertTrue(refused.getHeader("Content-Type").startsWith("application/problem+json"));
      assertNotNull(refused.getHeader("Retry-After"));

      var cached = app.get("/api/v1/articles");
      assertEquals(200, cached.statusCode(), "a warm list is served from memory");
      assertEquals(first, cached.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("id"));
      assertEquals(503, app.get("/api/v1/articles?topic=cold").statusCode(), "a cold list cannot be served");
      assertEquals(503, app.get("/api/v1/search?q=" + java.net.URLEncoder.encode("خبر", "UTF-8")).statusCode());
      assertEquals(503, app.get("/api/v1/topics").statusCode());
      assertEquals(503, app.get("/api/v1/articles/" + first).statusCode());
      assertEquals(503, app.get("/health/ready").statusCode());
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
      SseEvent event = stream.nextItem(5);
      assertNotNull(event, "the open stream did not get the post-recovery article");
      assertEquals(after.getString("eventId"), event.id());
      assertEquals(2, db.count("SELECT count(*) FROM article"), "the refused write left a row");
      assertEquals(200, app.get("/health/ready").statusCode());
    } finally {
      db.close();
    }
  }
}
