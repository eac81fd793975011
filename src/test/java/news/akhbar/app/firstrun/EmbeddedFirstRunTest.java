package news.akhbar.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import news.akhbar.app.App;
import news.akhbar.app.SampleContent;
import news.akhbar.config.AppConfig;
import news.akhbar.config.DevConfig;
import news.akhbar.support.Await;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run on a machine with nothing installed: no store URLs and nothing on the default ports (pointed at unused
 * ones here), so Akhbar must start embedded PostgreSQL and Redis, and work end to end on them.
 */
@ExtendWith(VertxExtension.class)
class EmbeddedFirstRunTest {

  private static final String TOKEN = "first-run-token-c41e9b07d2a8f365";

  @TempDir
  Path devDir;

  private DevServices dev;
  private App app;
  private WebClient web;
  private HttpClient http;
  private SseProbe stream;

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.close();
    }
    if (app != null) {
      Await.of(app.close(), 20);
    }
    if (web != null) {
      web.close();
      http.close();
    }
    if (dev != null) {
      dev.close();
    }
  }

  @Test
  void comesUpOnEmbeddedStoresWithSampleArticlesAndStreamsAPostedItemThenStopsThem(Vertx vertx) throws Exception {
    int pgPort = freePort();
    int redisPort = freePort();
    Map<String, String> env = new HashMap<>();
    env.put("AKHBAR_DEV_DIR", devDir.toString());
    env.put("AKHBAR_DEFAULT_PG_PORT", Integer.toString(pgPort));
    env.put("AKHBAR_DEFAULT_REDIS_PORT", Integer.toString(redisPort));
    env.put("AKHBAR_HTTP_HOST", "127.0.0.1");
    env.put("AKHBAR_HTTP_PORT", "0");
    env.put("AKHBAR_ADMIN_TOKEN", TOKEN);
    DevConfig devConfig = DevConfig.fromEnv(env);

    long started = System.nanoTime();
    dev = DevServices.start(devConfig);
    AppConfig cfg = AppConfig.fromEnv(dev.env(env));
    app = Await.of(App.start(vertx, cfg), 120);
    System.out.printf("embedded first start (initdb, PostgreSQL, Redis, migrations, HTTP): %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    assertTrue(dev.embedded());
    assertEquals("postgresql://postgres@localhost:" + pgPort + "/akhbar", cfg.pgUrl());
    assertEquals("redis://127.0.0.1:" + redisPort, cfg.redisUrl());
    assertTrue(devConfig.wantsSampleContent(), "no AKHBAR_PG_URL, so a first run gets sample articles");
    assertEquals(6, Await.of(SampleContent.insertIfEmpty(vertx, cfg, app.fanOut()), 30));
    assertEquals(0, Await.of(SampleContent.insertIfEmpty(vertx, cfg, app.fanOut()), 30),
        "samples go only into a database that never had an article");

    web = WebClient.create(vertx);
    http = vertx.createHttpClient();
    JsonObject listed = Await.of(web.get(app.port(), "127.0.0.1", "/api/v1/articles").send(), 10).bodyAsJsonObject();
    assertEquals(6, listed.getJsonArray("items").size());
    assertEquals("ar", listed.getJsonArray("items").getJsonObject(0).getString("lang"));

    stream = SseProbe.open(http, app.port(), "/api/v1/stream", null);
    assertEquals("6", stream.opening().id());
    HttpResponse<Buffer> posted = Await.of(web.post(app.port(), "127.0.0.1", "/api/v1/articles")
        .putHeader("Authorization", "Bearer " + TOKEN)
        .sendJsonObject(new JsonObject().put("title", "تجربة أولى على خادم التطوير المدمج")
            .put("body", "<p>خبر قصير يمر عبر قاعدة البيانات المدمجة ثم يصل إلى البث.</p>")), 10);
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    SseEvent item = stream.nextItem(10);
    assertNotNull(item, "the posted item did not reach the stream within 10 s");
    assertEquals("article", item.event());
    assertEquals(posted.bodyAsJsonObject().getString("eventId"), item.id());
    assertEquals("تجربة أولى على خادم التطوير المدمج", new JsonObject(item.data()).getString("title"));

    stream.close();
    stream = null;
    Await.of(app.close(), 20);
    app = null;
    dev.close();
    dev = null;
    assertFalse(DevServices.answers(pgPort), "embedded PostgreSQL still listens after close");
    assertFalse(DevServices.answers(redisPort), "embedded Redis still listens after close");
    assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine()
            .map(c -> c.contains(devDir.toString()) || c.contains("redis-server") && c.contains(":" + redisPort))
            .orElse(false)),
        "an embedded PostgreSQL or Redis process outlived close()");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
