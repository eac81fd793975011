package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import news.akhbar.support.AppEnv;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

class HealthReadyTest extends AppTest {

  @Test
  void readyWhenPostgresAndRedisAnswer() {
    var ready = app.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.bodyAsString());
    assertEquals("UP", ready.bodyAsJsonObject().getString("redis"));
    assertEquals("UP", ready.bodyAsJsonObject().getString("postgres"));
    assertEquals(200, app.get("/health/live").statusCode());
  }

  @Test
  @AppEnv("AKHBAR_REDIS_URL=redis://127.0.0.1:1")
  void notReadyWhileRedisIsUnreachable() {
    var ready = app.get("/health/ready");
    assertEquals(503, ready.statusCode(), ready.bodyAsString());
    assertEquals("DOWN", ready.bodyAsJsonObject().getString("redis"));
  }
}
