package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.akhbar.config.AppConfig;
import news.akhbar.metrics.Metrics;
import news.akhbar.support.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * A Redis client that opens several connections at once (the fan-out's publisher under a burst of posts) leaves no
 * "registered twice" warning in the log, and its command time is still measured, under the client's own name.
 */
class RedisClientMetersTest {

  @Test
  void aBurstOverSeveralConnectionsWarnsOfNoMeterTwiceAndStillTimesCommands() throws Exception {
    AppConfig cfg = AppConfig.fromEnv(Map.of("AKHBAR_PG_URL", "postgresql://root@127.0.0.1:5432/test",
        "AKHBAR_REDIS_URL", "redis://127.0.0.1:6379"));
    PrometheusMeterRegistry registry = Metrics.newRegistry();
    Vertx vertx = Main.vertx(cfg, registry);
    try (LogCapture log = LogCapture.start()) {
      Redis redis = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:6379")
          .setMaxPoolSize(4).setMaxPoolWaiting(1024).setMetricsName("akhbar-burst"));
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        sent.add(redis.send(Request.cmd(Command.PING)));
      }
      Future.all(sent).await(20, TimeUnit.SECONDS);
      // a second round once the pool holds several connections, and a fresh client under the same name
      Redis again = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:6379")
          .setMetricsName("akhbar-burst"));
      again.send(Request.cmd(Command.PING)).await(20, TimeUnit.SECONDS);
      redis.close();
      again.close();

      for (String line : log.lines()) {
        assertFalse(line.contains("already registered"), "a meter registered twice: " + line);
      }
      String scrape = registry.scrape();
      assertTrue(scrape.contains("vertx_redis_processing_time_seconds_count{client_namespace=\"akhbar-burst\""),
          scrape);
    } finally {
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }
}
