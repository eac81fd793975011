package news.akhbar.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import news.akhbar.app.App;
import news.akhbar.config.AppConfig;
import news.akhbar.config.DevConfig;
import news.akhbar.support.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Development mode only fills in what was not configured: a configured store is used, or its failure is reported. */
@ExtendWith(VertxExtension.class)
class ConfiguredStoresNeverFallBackTest {

  @TempDir
  Path devDir;

  @Test
  void configuredButUnreachableDatabaseFailsStartNamingItAndStartsNothingEmbedded(Vertx vertx) throws Exception {
    int deadPg = freePort();
    Map<String, String> env = Map.of(
        "AKHBAR_PG_URL", "postgresql://localhost:" + deadPg + "/akhbar",
        "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379",
        "AKHBAR_DEFAULT_PG_PORT", Integer.toString(freePort()),
        "AKHBAR_DEFAULT_REDIS_PORT", Integer.toString(freePort()),
        "AKHBAR_DEV_DIR", devDir.toString(),
        "AKHBAR_HTTP_PORT", "0");

    try (DevServices dev = DevServices.start(DevConfig.fromEnv(env))) {
      assertFalse(dev.embedded());
      AppConfig cfg = AppConfig.fromEnv(dev.env(env));
      assertEquals("postgresql://localhost:" + deadPg + "/akhbar", cfg.pgUrl());

      Exception failure = assertThrows(Exception.class, () -> Await.of(App.start(vertx, cfg), 30));
      assertTrue(failure.getMessage().contains("PostgreSQL at ") && failure.getMessage().contains(":" + deadPg + "/"),
          failure.getMessage());
    }
  }

  @Test
  void runningLocalServersAtTheDefaultAddressesAreUsedWithoutEmbedding() {
    Map<String, String> env = Map.of("AKHBAR_DEV_DIR", devDir.toString());

    try (DevServices dev = DevServices.start(DevConfig.fromEnv(env))) {
      assertFalse(dev.embedded(), "the shared PostgreSQL and Redis answer on 5432 and 6379");
      AppConfig cfg = AppConfig.fromEnv(dev.env(env));
      assertEquals("postgresql://localhost:5432/akhbar", cfg.pgUrl());
      assertEquals("redis://localhost:6379", cfg.redisUrl());
    }
  }

  @Test
  void embeddedPostgresFailingAsRootSaysWhatToDo() {
    String message = EmbeddedStores.explainPostgresFailure(
        new IllegalStateException("Process [initdb, -A, trust] failed"), true, devDir.resolve("postgres"));

    assertTrue(message.contains("cannot be run as root"), message);
    assertTrue(message.contains("set AKHBAR_PG_URL to a PostgreSQL server"), message);
    assertTrue(message.contains("run Akhbar as a non-root user"), message);
    assertTrue(message.contains(devDir.resolve("postgres").toString()), message);
  }

  @Test
  void sampleContentDefaultsToOnlyWhenNoDatabaseWasConfigured() {
    assertTrue(DevConfig.fromEnv(Map.of()).wantsSampleContent());
    assertFalse(DevConfig.fromEnv(Map.of("AKHBAR_PG_URL", "postgresql://db/akhbar")).wantsSampleContent());
    assertTrue(DevConfig.fromEnv(Map.of("AKHBAR_PG_URL", "postgresql://db/akhbar", "AKHBAR_SAMPLE_CONTENT", "true"))
        .wantsSampleContent());
    assertFalse(DevConfig.fromEnv(Map.of("AKHBAR_SAMPLE_CONTENT", "false")).wantsSampleContent());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
