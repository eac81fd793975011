package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * Another session holds the event counter's row lock and does not let go (an operator's open psql transaction, a
 * hung writer elsewhere). Writes must give up quickly with a 503.
 */
class StuckWriterTest extends AppTest {

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
