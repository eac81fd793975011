package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import news.akhbar.support.JarProcess;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * target/akhbar-server.jar, the Docker image's jar: no embedded database in it, it runs on the configured PostgreSQL
 * and Redis, and without them it says what it needs instead of starting.
 */
@ExtendWith(VertxExtension.class)
class ServerJarIT {

  private static final String TOKEN = "server-jar-token-" + UUID.randomUUID();

  @Test
  void carriesNoEmbeddedStoreBinaryOrFirstRunClassWhileTheFirstRunJarDoes() throws IOException {
    List<String> server = entries("akhbar-server.jar");
    List<String> firstRun = entries("akhbar.jar");

    for (String part : List.of("io/zonky/", "redis/embedded/", "news/akhbar/app/firstrun/", "postgres-linux-x86_64.txz",
        "redis-server-")) {
      assertTrue(firstRun.stream().anyMatch(e -> e.contains(part)), "akhbar.jar lost its first-run part " + part);
      assertFalse(server.stream().anyMatch(e -> e.contains(part)), "akhbar-server.jar carries " + part);
    }
    assertFalse(server.stream().anyMatch(e -> e.endsWith(".txz")), "akhbar-server.jar carries a database archive");
    try (JarFile jar = new JarFile(Path.of("target", "akhbar-server.jar").toFile())) {
      assertEquals("news.akhbar.app.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void startsOnTheConfiguredStoresAndTakesAPost(Vertx vertx) throws Exception {
    WebClient web = WebClient.create(vertx);
    try (TestDatabase db = TestDatabase.create();
        JarProcess jar = JarProcess.start("akhbar-server.jar", Map.of("AKHBAR_PG_URL", db.url(),
            "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379", "AKHBAR_REDIS_CHANNEL", "akhbar-it:" + UUID.randomUUID(),
            "AKHBAR_ADMIN_TOKEN", TOKEN))) {
      assertEquals(200, Await.of(web.get(jar.port(), "127.0.0.1", "/health/ready").send()).statusCode());
      var posted = Await.of(web.post(jar.port(), "127.0.0.1", "/api/v1/articles")
          .putHeader("Authorization", "Bearer " + TOKEN).sendJsonObject(new JsonObject().put("title", "خبر من الخادم")));
      assertEquals(201, posted.statusCode(), posted.bodyAsString());
      assertEquals(1, db.count("SELECT count(*) FROM article"));
    } finally {
      web.close();
    }
  }

  @Test
  void startedWithFewFileDescriptorsWarnsHowManyReadersThatAllows() throws Exception {
    try (TestDatabase db = TestDatabase.create();
        JarProcess jar = JarProcess.launch(List.of("prlimit", "--nofile=4096:4096"), "akhbar-server.jar",
            Map.of("AKHBAR_PG_URL", db.url(), "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379",
                "AKHBAR_REDIS_CHANNEL", "akhbar-it:" + UUID.randomUUID(), "AKHBAR_ADMIN_TOKEN", TOKEN))) {
      String warning = "WARN  n.akhbar.app.Main - open-file limit is 4096: this instance holds at most about 4046 "
          + "readers, and refuses the rest; raise it (ulimit -n, systemd LimitNOFILE, docker --ulimit nofile) to "
          + "20000 or more — docs/operations.md#kernel-settings-for-a-reconnect-wave";
      Eventually.within(60, () -> outputOf(jar).contains("Akhbar is live at"));
      String output = jar.output();
      assertTrue(output.contains(warning), output);
      assertTrue(output.indexOf(warning) < output.indexOf("Akhbar is live at"), "the warning comes before live\n"
          + output);
    }
  }

  @Test
  void withoutStoreUrlsExitsWithOneNamingBothVariables() throws Exception {
    try (JarProcess jar = JarProcess.launch("akhbar-server.jar", Map.of("AKHBAR_ADMIN_TOKEN", TOKEN))) {
      int exit = jar.exitWithin(30);
      String output = jar.output();

      assertEquals(1, exit, output);
      assertTrue(output.contains("Akhbar could not start: AKHBAR_PG_URL and AKHBAR_REDIS_URL are required: this "
          + "server build carries no embedded PostgreSQL or Redis."), output);
      assertFalse(output.contains("\tat "), "a stack trace instead of a message:\n" + output);
    }
  }

  private static String outputOf(JarProcess jar) {
    try {
      return jar.output();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> entries(String jarName) throws IOException {
    try (JarFile jar = new JarFile(Path.of("target", jarName).toFile())) {
      return jar.stream().map(ZipEntry::getName).toList();
    }
  }
}
