package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import news.akhbar.config.AppConfig;
import news.akhbar.metrics.Metrics;
import news.akhbar.support.LogCapture;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads when Akhbar starts as the jar starts it (Main's Vert.x, a generated admin token, sample
 * articles): the JVM's collector, compilers and heap, where the production profile is (java -jar has none), the
 * database without its password, Redis and its channel, the instance id, the samples, then "live at"
 * with the console's URL, and where the token was written; no meter registered twice, and never the token itself.
 */
class StartupLogTest {

  private static final String PASSWORD = "pw-" + UUID.randomUUID();

  @TempDir
  Path dir;

  @Test
  void linesComeInOrderNamingStoresInstanceSamplesAndConsoleButNoSecret() throws Exception {
    try (TestDatabase db = TestDatabase.create(); LogCapture log = LogCapture.start()) {
      AppConfig cfg = AppConfig.fromEnv(env(db.url().replace("root@", "root:" + PASSWORD + "@")));
      PrometheusMeterRegistry registry = Metrics.newRegistry();
      Vertx vertx = Main.vertx(cfg, registry);
      Path tokenFile = dir.resolve("nested").resolve("admin-token");
      try {
        App app = App.start(vertx, cfg, registry).await(60, TimeUnit.SECONDS);
        StartupLog.announce(vertx, cfg, app, true, tokenFile).await(60, TimeUnit.SECONDS);
        String base = "http://127.0.0.1:" + app.port();

        List<String> lines = log.lines();
        List<String> expected = List.of(
            "INFO news.akhbar.app.Main - JVM: Java " + Runtime.version() + ", ",
            "INFO news.akhbar.app.Main - the production profile (the JVM options of src/main/jvm/akhbar.options",
            "INFO news.akhbar.app.Main - database: postgresql://root:***@127.0.0.1:5432/" + db.name(),
            "INFO news.akhbar.app.Main - redis: redis://127.0.0.1:6379, channel " + cfg.redisChannel(),
            "INFO news.akhbar.app.Main - instance id: " + app.instanceId(),
            "INFO news.akhbar.app.SampleContent - the database was empty: added 6 sample articles",
            "INFO news.akhbar.app.Main - Akhbar is live at " + base + "/ (",
            "INFO news.akhbar.app.Main - No AKHBAR_ADMIN_TOKEN was set: this run's admin token was generated and "
                + "written to " + tokenFile.toAbsolutePath() + " (readable by its owner only");
        int at = -1;
        for (String line : expected) {
          int found = indexStartingWith(lines, line, at + 1);
          assertTrue(found > at, "missing, or out of order: " + line + "\nin:\n" + String.join("\n", lines));
          at = found;
        }
        assertTrue(lines.get(indexStartingWith(lines, expected.get(6), 0)).endsWith(
            "; the newsroom console is at " + base + "/editor/"), String.join("\n", lines));
        for (String line : lines) {
          assertFalse(line.contains(cfg.adminToken()), "a log line carries the admin token: " + line);
          assertFalse(line.contains(PASSWORD), "a log line carries the database password: " + line);
          assertFalse(line.contains("already registered"), "a meter registered twice: " + line);
        }
        assertEquals(cfg.adminToken() + "\n", Files.readString(tokenFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
        app.close().await(10, TimeUnit.SECONDS);
      } finally {
        vertx.close().await(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aSetAdminTokenWritesNoFileAndNoTokenLine() throws Exception {
    try (TestDatabase db = TestDatabase.create(); LogCapture log = LogCapture.start()) {
      Map<String, String> env = env(db.url());
      env.put("AKHBAR_ADMIN_TOKEN", "set-" + UUID.randomUUID());
      AppConfig cfg = AppConfig.fromEnv(env);
      Vertx vertx = Vertx.vertx();
      Path tokenFile = dir.resolve("admin-token");
      try {
        App app = App.start(vertx, cfg).await(60, TimeUnit.SECONDS);
        StartupLog.announce(vertx, cfg, app, false, tokenFile).await(60, TimeUnit.SECONDS);

        assertFalse(Files.exists(tokenFile));
        assertTrue(log.lines().stream().noneMatch(l -> l.contains("ADMIN_TOKEN") || l.contains("sample")),
            String.join("\n", log.lines()));
        app.close().await(10, TimeUnit.SECONDS);
      } finally {
        vertx.close().await(10, TimeUnit.SECONDS);
      }
    }
  }

  private static Map<String, String> env(String pgUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("AKHBAR_HTTP_HOST", "127.0.0.1");
    env.put("AKHBAR_HTTP_PORT", "0");
    env.put("AKHBAR_HTTP_INSTANCES", "2");
    env.put("AKHBAR_PG_URL", pgUrl);
    env.put("AKHBAR_REDIS_URL", "redis://127.0.0.1:6379");
    env.put("AKHBAR_REDIS_CHANNEL", "akhbar-test:" + UUID.randomUUID());
    return env;
  }

  private static int indexStartingWith(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
