package news.akhbar.live;

import static news.akhbar.live.EditorsAudience.count;
import static news.akhbar.live.EditorsAudience.readers;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import news.akhbar.support.Eventually;
import news.akhbar.support.JarProcess;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The jar as operators run it, beside two in-process instances: kill -9 it, and its readers leave the count. */
@ExtendWith(VertxExtension.class)
class LiveAudienceKillIT {

  @Test
  void aKilledInstancesReadersLeaveTheCountWithinFifteenSeconds(Vertx vertx) throws Exception {
    HttpClient http = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(10));
    try (TestApp app = TestApp.start(vertx);
         JarProcess jar = JarProcess.start(Map.of("AKHBAR_PG_URL", app.db().url(),
             "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379", "AKHBAR_REDIS_CHANNEL", app.config().redisChannel(),
             "AKHBAR_ADMIN_TOKEN", TestApp.TOKEN, "AKHBAR_HEARTBEAT_SECONDS", "1"))) {
      app.startInstance();
      readers(app, 0, "31", 2);
      readers(app, 1, "31", 1);
      for (int i = 0; i < 3; i++) {
        SseProbe.open(http, jar.port(), "/api/v1/stream?topics=live:31", null);
      }
      assertTrue(Eventually.within(5, () -> count(app, 0, "31") == 6), "count " + count(app, 0, "31") + ", not 6");

      jar.kill();
      assertTrue(Eventually.within(15, () -> count(app, 0, "31") == 3 && count(app, 1, "31") == 3),
          "the killed instance's readers are still counted: " + count(app, 0, "31"));
    } finally {
      http.close();
    }
  }
}
