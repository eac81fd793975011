package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class HealthReadyTest {

  @Test
  void readyWhenPostgresAndRedisAnswer(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx)) {
      var ready = app.get("/health/ready");
      assertEquals(200, ready.statusCode(), ready.bodyAsString());
      assertEquals("UP", ready.bodyAsJsonObject().getString("redis"));
      assertEquals("UP", ready.bodyAsJsonObject().getString("postgres"));
      assertEquals(200, app.get("/health/live").statusCode());
    }
  }

  @Test
  void notReadyWhileRedisIsUnreachable(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx, java.util.Map.of("AKHBAR_REDIS_URL", "redis://127.0.0.1:1"))) {
      var ready = app.get("/health/ready");
      assertEquals(503, ready.statusCode(), ready.bodyAsString());
      assertEquals("DOWN", ready.bodyAsJsonObject().getString("redis"));
    }
  }
}
