package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.akhbar.support.Await;
import news.akhbar.support.JarProcess;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fat jar as operators run it: SIGTERM ends streams gracefully, SIGKILL loses no reader's event. */
@ExtendWith(VertxExtension.class)
class ProcessLifecycleIT {

  private static final String TOKEN = "it-token-" + UUID.randomUUID();
  private TestDatabase db;
  private Map<String, String> env;
  private HttpClient http;
  private WebClient web;

  @BeforeEach
  void setUp(Vertx vertx) {
    db = TestDatabase.create();
    env = Map.of("AKHBAR_PG_URL", db.url(), "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379",
        "AKHBAR_REDIS_CHANNEL", "akhbar-it:" + UUID.randomUUID(), "AKHBAR_ADMIN_TOKEN", TOKEN,
        "AKHBAR_HEARTBEAT_SECONDS", "1", "AKHBAR_LOG_FORMAT", "json");
    http = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(100));
    web = WebClient.create(vertx);
  }

  @AfterEach
  void tearDown() {
    http.close();
    web.close();
    db.close();
  }

  private String post(JarProcess jar, String title) {
    var res = Await.of(web.post(jar.port(), "127.0.0.1", "/api/v1/articles")
        .putHeader("Authorization", "Bearer " + TOKEN).sendJsonObject(new JsonObject().put("title", title)));
    assertEquals(201, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject().getString("eventId");
  }

  @Test
  void sigtermEndsStreamsWithASpreadRetryAndExitsWith143() throws Exception {
    try (JarProcess jar = JarProcess.start(env)) {
      SseProbe stream = SseProbe.open(http, jar.port(), "/api/v1/stream", null);
      String eventId = post(jar, "قبل الإيقاف");
      assertEquals(eventId, stream.nextItem(5).id());

      long t0 = System.nanoTime();
      int exit = jar.terminate(15);
      long millis = (System.nanoTime() - t0) / 1_000_000;

      assertEquals(143, exit, "SIGTERM's exit status (128 + 15), or -1 if still running 15 s after it");
      assertTrue(stream.ended(), "the stream was not ended by the shutdown");
      List<Integer> retries = stream.retries();
      int goodbye = retries.get(retries.size() - 1);
      assertTrue(retries.size() == 2 && goodbye >= 500 && goodbye <= 5_500,
          "the stream's last words were not a goodbye retry: hint between 500 and 5,500 ms: " + retries);
      System.out.printf("SIGTERM: exited with %d after %d ms%n", exit, millis);
      for (String line : jar.output().split("\n")) {
        if (!line.isBlank()) {
          JsonObject json = new JsonObject(line);
          assertNotNull(json.getString("level"), line);
          assertFalse(line.contains(TOKEN), "a log line carries the admin token");
          assertFalse(line.contains("قبل الإيقاف"), "a log line carries article text");
        }
      }
    }
  }

  @Test
  void readersOfAKilledInstanceResumeOnAnotherWithoutLoss() throws Exception {
    try (JarProcess a = JarProcess.start(env); JarProcess b = JarProcess.start(env)) {
      List<SseProbe> readers = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        readers.add(SseProbe.open(http, a.port(), "/api/v1/stream", null));
      }
      List<String> posted = new ArrayList<>();
      posted.add(post(b, "خبر أول"));
      posted.add(post(b, "خبر ثان"));
      List<String> last = new ArrayList<>();
      for (SseProbe r : readers) {
        assertEquals(posted.get(0), r.nextItem(5).id());
        assertEquals(posted.get(1), r.nextItem(5).id());
        last.add(posted.get(1));
      }

      a.kill();
      posted.add(post(b, "بعد سقوط النسخة"));
      posted.add(post(b, "خبر آخر"));

      for (int i = 0; i < readers.size(); i++) {
        SseProbe resumed = SseProbe.open(http, b.port(), "/api/v1/stream",
            MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", last.get(i)));
        SseEvent e1 = resumed.nextItem(5);
        SseEvent e2 = resumed.nextItem(5);
        assertEquals(posted.subList(2, 4), List.of(e1 == null ? "-" : e1.id(), e2 == null ? "-" : e2.id()));
        resumed.close();
      }
    }
  }
}
