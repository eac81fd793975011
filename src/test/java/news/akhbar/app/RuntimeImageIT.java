package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import news.akhbar.support.JarProcess;
import news.akhbar.support.TestDatabase;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/akhbar/bin/akhbar, the production profile: the jlink runtime image starts with the options of
 * src/main/jvm/akhbar.options, JAVA_OPTS overrides them, SIGTERM stops it as it stops the jar, and the image's few
 * modules hold what Akhbar loads (migrations over JDBC, photos through ImageIO, Arabic dates, the JVM's meters, the
 * README's first run with its embedded stores).
 */
@ExtendWith(VertxExtension.class)
class RuntimeImageIT {

  private static final String TOKEN = "runtime-image-token-" + UUID.randomUUID();
  private TestDatabase db;
  private Map<String, String> env;
  private WebClient web;

  @BeforeEach
  void setUp(Vertx vertx) {
    db = TestDatabase.create();
    env = new HashMap<>(Map.of("AKHBAR_PG_URL", db.url(), "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379",
        "AKHBAR_REDIS_CHANNEL", "akhbar-it:" + UUID.randomUUID(), "AKHBAR_ADMIN_TOKEN", TOKEN));
    web = WebClient.create(vertx);
  }

  @AfterEach
  void tearDown() {
    web.close();
    db.close();
  }

  @Test
  void startsWithTheProductionProfileAndStopsOnSigterm() throws Exception {
    try (JarProcess akhbar = JarProcess.startLauncher(env)) {
      assertEquals(200, Await.of(web.get(akhbar.port(), "127.0.0.1", "/health/ready").send()).statusCode());
      String output = akhbar.output();
      assertTrue(output.contains(", SerialGC, JIT C1 only, max heap "), output);
      assertTrue(output.contains(" MiB, production profile"), output);
      assertFalse(output.contains("the production profile (the JVM options of"), "the launcher was told to use "
          + "itself:\n" + output);

      int exit = akhbar.terminate(15);

      assertEquals(143, exit, "SIGTERM's exit status (128 + 15), or -1 if still running 15 s after it");
      assertFalse(akhbar.output().contains("\tat "), "a stack trace on the way out:\n" + akhbar.output());
    }
  }

  @Test
  void javaOptsComeAfterTheProfileAndWinEvenForTheCollector() throws Exception {
    env.put("JAVA_OPTS", "-XX:+UseG1GC -Xmx200m");
    try (JarProcess akhbar = JarProcess.startLauncher(env)) {
      assertEquals(200, Await.of(web.get(akhbar.port(), "127.0.0.1", "/health/ready").send()).statusCode());
      String output = akhbar.output();
      assertTrue(output.contains(", G1GC, JIT C1 only, max heap 200 MiB, production profile"), output);
    }
  }

  @Test
  void theReadmesFirstRunStartsItsEmbeddedStoresAndTheirProcessesEndWithIt(@TempDir Path devDir) throws Exception {
    Map<String, String> firstRun = Map.of("AKHBAR_DEV_DIR", devDir.toString(),
        "AKHBAR_DEFAULT_PG_PORT", Integer.toString(freePort()), "AKHBAR_DEFAULT_REDIS_PORT",
        Integer.toString(freePort()), "AKHBAR_ADMIN_TOKEN_FILE", devDir.resolve("admin-token").toString());
    try (JarProcess akhbar = JarProcess.startLauncher(firstRun)) {
      Eventually.within(60, () -> outputOf(akhbar).contains("Akhbar is live at"));   // the samples come before it
      var listed = Await.of(web.get(akhbar.port(), "127.0.0.1", "/api/v1/articles").send(), 30);
      assertEquals(6, listed.bodyAsJsonObject().getJsonArray("items").size(), "the sample articles");
      assertTrue(akhbar.output().contains("started an embedded PostgreSQL there"), akhbar.output());

      assertEquals(143, akhbar.terminate(30), akhbar.output());
      assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine()
          .map(c -> c.contains(devDir.toString())).orElse(false)), "the embedded PostgreSQL outlived Akhbar");
    }
  }

  @Test
  void theImageHoldsTheModulesOfPhotosArabicDatesMigrationsAndMeters() throws Exception {
    try (JarProcess akhbar = JarProcess.startLauncher(env)) {
      var photo = Await.of(web.post(akhbar.port(), "127.0.0.1", "/api/v1/photos?alt=" + "%D8%AC%D8%B3%D8%B1")
          .putHeader("Authorization", "Bearer " + TOKEN).putHeader("Content-Type", "image/jpeg")
          .sendBuffer(Buffer.buffer(TestImages.jpeg(700, 500))), 30);
      assertEquals(201, photo.statusCode(), "ImageIO (java.desktop): " + photo.bodyAsString());
      var posted = Await.of(web.post(akhbar.port(), "127.0.0.1", "/api/v1/articles")
          .putHeader("Authorization", "Bearer " + TOKEN)
          .sendJsonObject(new JsonObject().put("title", "خبر من الصورة").put("photo",
              photo.bodyAsJsonObject().getString("id"))));
      assertEquals(201, posted.statusCode(), "migrations and JDBC (java.sql): " + posted.bodyAsString());

      String path = "/a/" + URLEncoder.encode(posted.bodyAsJsonObject().getString("slug"), StandardCharsets.UTF_8)
          .replace("+", "%20");
      Eventually.within(10, () -> Await.of(web.get(akhbar.port(), "127.0.0.1", path).send()).statusCode() == 200);
      String page = Await.of(web.get(akhbar.port(), "127.0.0.1", path).send()).bodyAsString();
      String day = DateTimeFormatter.ofPattern("EEEE", Locale.forLanguageTag("ar")).withZone(ZoneOffset.UTC)
          .format(Instant.now());
      assertTrue(page.contains("title=\"" + day + " "), "the Arabic day name (jdk.localedata) " + day + " in:\n"
          + page);

      String metrics = Await.of(web.get(akhbar.port(), "127.0.0.1", "/metrics").send()).bodyAsString();
      assertTrue(metrics.contains("process_cpu_usage "), "jdk.management's process meters:\n" + metrics);
      assertTrue(metrics.contains("jvm_gc_max_data_size_bytes "), "java.management's GC meters");
    }
  }

  private static String outputOf(JarProcess akhbar) {
    try {
      return akhbar.output();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
