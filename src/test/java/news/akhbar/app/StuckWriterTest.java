package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * Another session holds the event counter's row lock and does not let go (an operator's open psql transaction, a
 * hung writer elsewhere). Writes must give up quickly with a 503, and must not take the connections that reads,
 * searches and token lookups need meanwhile.
 */
class StuckWriterTest extends AppTest {

  private static final int WRITERS = 12;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_HOT_ARTICLES", "2", "AKHBAR_HOT_PER_TOPIC", "2");   // older pages must come from the store
  }

  @Test
  void manyWritesBehindTheLockGet503WhileReadsSearchAndTokenLookupsKeepAnsweringAtOnce(Vertx vertx)
      throws Exception {
    for (int i = 1; i <= 4; i++) {
      assertEquals(201, app.post(TestApp.article("جسر المدينة رقم " + i)).statusCode());
    }
    EditorClient editor = EditorClient.added(app, "ليلى", null);
    String next = app.get("/api/v1/articles?limit=2").bodyAsJsonObject().getString("next");
    assertNotNull(next);
    long storeReads = storeReads();
    // its own client, with a connection per writer, so the reads below never queue behind the writes in the client
    WebClient writers = WebClient.create(vertx, new WebClientOptions(), new PoolOptions().setHttp1MaxSize(WRITERS));
    try (Connection holder = holdTheCounterLock()) {
      long start = System.nanoTime();
      List<Future<HttpResponse<Buffer>>> posts = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        posts.add(writers.post(app.port(), "127.0.0.1", "/api/v1/articles")
            .putHeader("Authorization", "Bearer " + TestApp.TOKEN)
            .sendJsonObject(TestApp.article("خبر عالق رقم " + i)));
      }
      for (String uri : List.of("/api/v1/articles?limit=100&before=" + next, "/api/v1/articles?limit=100",
          "/api/v1/search?q=" + URLEncoder.encode("جسر", StandardCharsets.UTF_8))) {
        long readStart = System.nanoTime();
        HttpResponse<Buffer> read = app.get(uri);
        assertEquals(200, read.statusCode(), uri + ": " + read.bodyAsString());
        assertFasterThan(1_500, readStart, uri);
      }
      long authStart = System.nanoTime();
      assertEquals(200, editor.get("/api/v1/articles/1/revisions").statusCode(), "an editor token is looked up");
      assertFasterThan(1_500, authStart, "an editor's read");
      assertTrue(storeReads() >= storeReads + 2, "the list reads came from PostgreSQL, not memory");

      for (Future<HttpResponse<Buffer>> post : posts) {
        HttpResponse<Buffer> res = Await.of(post, 20);
        assertEquals(503, res.statusCode(), res.bodyAsString());
        assertEquals("https://akhbar.news/problems/unavailable", res.bodyAsJsonObject().getString("type"));
        assertNotNull(res.getHeader("Retry-After"));
      }
      assertFasterThan(8_000, start, WRITERS + " refused writers");
      holder.commit();
    } finally {
      writers.close();
    }
    assertEquals(201, app.post(TestApp.article("خبر بعد فك القفل")).statusCode());
    assertEquals(5, app.db().count("SELECT count(*) FROM article"), "nothing of the refused writes was kept");
  }

  @Test
  void aSingleWriteBehindTheLockIsRefusedWithinAFewSecondsAndWritesWorkOnceItIsReleased() throws Exception {
    try (Connection holder = holdTheCounterLock()) {
      long start = System.nanoTime();
      HttpResponse<Buffer> res = app.post(TestApp.article("خبر واحد عالق"));
      assertEquals(503, res.statusCode(), res.bodyAsString());
      assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"));
      assertNotNull(res.getHeader("Retry-After"));
      assertTrue(res.bodyAsJsonObject().getString("detail").contains("busy"), res.bodyAsString());
      assertFasterThan(5_000, start, "the refused write");
      holder.commit();
    }
    HttpResponse<Buffer> after = app.post(TestApp.article("خبر بعد فك القفل"));
    assertEquals(201, after.statusCode(), after.bodyAsString());
    assertEquals(1, app.db().count("SELECT count(*) FROM article"), "nothing of the refused write was kept");
  }

  private long storeReads() {
    return app.get("/metrics").bodyAsString().lines()
        .filter(l -> l.startsWith("akhbar_reads_total{from=\"store\""))
        .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
  }

  /** A JDBC session of its own, holding the event counter's row lock until it commits or closes. */
  private Connection holdTheCounterLock() throws Exception {
    Connection holder = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + app.db().name(), "root", "");
    holder.setAutoCommit(false);
    try (Statement s = holder.createStatement()) {
      s.execute("SELECT last_id FROM event_counter FOR UPDATE");
    }
    return holder;
  }

  private static void assertFasterThan(long millis, long startNanos, String what) {
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    assertTrue(took < millis, what + " took " + took + " ms");
  }
}
