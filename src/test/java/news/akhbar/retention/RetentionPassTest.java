package news.akhbar.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import news.akhbar.app.Database;
import news.akhbar.retention.RetentionStore.Pruned;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.EditorClient;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** Rows are aged with SQL, then one retention pass runs and what is left is checked, in the store and on the stream. */
class RetentionPassTest extends AppTest {

  @Override
  protected Map<String, String> env() {
    // resumes come from the store, not the in-memory ring (which SQL cannot age); passes run only when called
    return Map.of("AKHBAR_REPLAY_RING", "1", "AKHBAR_RETENTION_INTERVAL", "0");
  }

  @Test
  void removesEventsOlderThanTheWindowAndKeysOlderThanADayButKeepsArticlesAndTheirTrail() throws Exception {
    EditorClient admin = EditorClient.admin(app);
    assertEquals(201, postWithKey(admin, "old-key", "خبر أول").statusCode());
    assertEquals(201, postWithKey(admin, "fresh-key", "خبر ثان").statusCode());
    for (int i = 3; i <= 5; i++) {
      assertEquals(201, app.post(TestApp.article("خبر رقم " + i)).statusCode());
    }
    app.db().execute("UPDATE stream_event SET created_at = created_at - interval '8 days' WHERE id <= 3");
    app.db().execute("UPDATE idempotency_key SET created_at = created_at - interval '25 hours' WHERE key = 'old-key'");

    Pruned pruned = Await.of(app.instance(0).retention().runOnce()).orElseThrow();

    assertEquals(new Pruned(3, 3, 1, pruned.statements()), pruned);
    assertEquals(2, app.db().count("SELECT count(*) FROM stream_event"));
    assertEquals(4, app.db().count("SELECT min(id) FROM stream_event"));
    assertEquals(1, app.db().count("SELECT count(*) FROM idempotency_key WHERE key = 'fresh-key'"));
    assertEquals(0, app.db().count("SELECT count(*) FROM idempotency_key WHERE key = 'old-key'"));
    assertEquals(5, app.db().count("SELECT count(*) FROM article"), "articles are kept");
    assertEquals(5, app.db().count("SELECT count(*) FROM article_revision"), "the audit trail is kept");
    assertEquals(200, app.get("/api/v1/articles/1").statusCode());
  }

  @Test
  void aReaderResumingFromAPrunedIdGetsAResetAndOneFromAKeptIdGetsWhatItMissed() throws Exception {
    for (int i = 1; i <= 5; i++) {
      app.post(TestApp.article("خبر رقم " + i));
    }
    app.db().execute("UPDATE stream_event SET created_at = created_at - interval '8 days' WHERE id <= 3");
    assertEquals(3, Await.of(app.instance(0).retention().runOnce()).orElseThrow().events());

    for (String pruned : new String[] {"2", "3", "0"}) {
      SseEvent opening = resume(pruned).opening();
      assertEquals("reset", opening.event(), "resuming after " + pruned);
      assertEquals("5", opening.id());
    }
    SseProbe kept = resume("4");
    assertEquals("ready", kept.opening().event());
    SseEvent missed = kept.nextItem(5);
    assertNotNull(missed, "the event after the kept resume point was not replayed");
    assertEquals("5", missed.id());
  }

  @Test
  void theNewestEventIsKeptEvenWhenEverythingIsOld() {
    for (int i = 1; i <= 3; i++) {
      app.post(TestApp.article("خبر قديم رقم " + i));
    }
    app.db().execute("UPDATE stream_event SET created_at = created_at - interval '30 days'");

    assertEquals(2, Await.of(app.instance(0).retention().runOnce()).orElseThrow().events());
    assertEquals(3, app.db().count("SELECT id FROM stream_event"), "the head event dates the lists");
    assertEquals("3", app.get("/api/v1/articles?limit=100").bodyAsJsonObject().getString("lastEventId"));
  }

  @Test
  void aPassSkipsWhileAnotherInstanceHoldsTheLock() throws Exception {
    for (int i = 1; i <= 3; i++) {
      app.post(TestApp.article("خبر رقم " + i));
    }
    app.db().execute("UPDATE stream_event SET created_at = created_at - interval '8 days'");
    try (Connection other = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + app.db().name(),
        "root", ""); Statement s = other.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + RetentionStore.LOCK + ")");
      assertEquals(Optional.empty(), Await.of(app.instance(0).retention().runOnce()));
      assertEquals(3, app.db().count("SELECT count(*) FROM stream_event"), "nothing removed while locked out");
      // let go before closing: a closed connection's session lock is released only once its backend has exited
      s.execute("SELECT pg_advisory_unlock(" + RetentionStore.LOCK + ")");
    }
    assertEquals(2, Await.of(app.instance(0).retention().runOnce()).orElseThrow().events());
  }

  @Test
  void aPassRemovesInBoundedBatchesAndLeavesTheRestForTheNext(Vertx vertx) {
    for (int i = 1; i <= 8; i++) {
      app.post(TestApp.article("خبر رقم " + i));
    }
    app.db().execute("UPDATE stream_event SET created_at = created_at - interval '8 days'");
    Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
        .connectingTo(Database.options(app.db().url())).using(vertx).build();
    try {
      RetentionStore store = new RetentionStore(pool, 2, 2);
      Pruned first = Await.of(store.prune(Duration.ofDays(7))).orElseThrow();
      assertEquals(4, first.events(), "two statements of two rows");
      assertEquals(3, first.statements(), "two for events, one for keys: " + first);
      assertEquals(4, app.db().count("SELECT count(*) FROM stream_event"));
      Pruned second = Await.of(store.prune(Duration.ofDays(7))).orElseThrow();
      assertEquals(3, second.events());
      assertEquals(1, app.db().count("SELECT count(*) FROM stream_event"));
      assertEquals(0, Await.of(store.prune(Duration.ofDays(7))).orElseThrow().events());
    } finally {
      Await.of(pool.close());
    }
  }

  @Test
  void passesRunByThemselvesEveryInterval(Vertx vertx) {
    try (TestApp timed = TestApp.start(vertx, Map.of("AKHBAR_RETENTION_INTERVAL", "1s"))) {
      for (int i = 1; i <= 3; i++) {
        timed.post(TestApp.article("خبر رقم " + i));
      }
      timed.db().execute("UPDATE stream_event SET created_at = created_at - interval '8 days' WHERE id <= 2");
      assertTrue(Eventually.within(10, () -> timed.db().count("SELECT count(*) FROM stream_event") == 1),
          "no pass removed the aged events");
    }
  }

  private SseProbe resume(String lastEventId) throws Exception {
    return app.openStream(0, "/api/v1/stream", MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", lastEventId));
  }

  private static HttpResponse<Buffer> postWithKey(EditorClient editor, String key, String title) {
    return editor.send(0, HttpMethod.POST, "/api/v1/articles", TestApp.article(title),
        MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", key));
  }
}
