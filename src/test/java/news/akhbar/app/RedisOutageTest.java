package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import news.akhbar.support.ThrowawayRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Redis dies while editors post: PostgreSQL stays the truth, readers elsewhere still get every event once. */
@ExtendWith(VertxExtension.class)
class RedisOutageTest {

  private static int status(TestApp app, int instance, String uri) {
    return app.get(instance, uri).statusCode();
  }

  private static void awaitReady(TestApp app, int instance, int want) throws InterruptedException {
    Eventually.within(15, () -> status(app, instance, "/health/ready") == want);
    assertEquals(want, status(app, instance, "/health/ready"));
  }

  @Test
  void postsSucceedAndReadersOnOtherInstancesMissNothing(Vertx vertx) throws Exception {
    try (ThrowawayRedis redis = new ThrowawayRedis();
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_REDIS_URL", redis.url()))) {
      int b = app.startInstance();
      SseProbe onB = app.openStream(b, "/api/v1/stream", null);
      List<String> posted = new ArrayList<>();
      posted.add(app.post(0, TestApp.article("قبل توقف ريديس")).bodyAsJsonObject().getString("eventId"));

      redis.kill();
      for (int i = 0; i < 5; i++) {
        var res = app.post(0, TestApp.article("أثناء توقف ريديس " + i));
        assertEquals(201, res.statusCode(), "PostgreSQL is the truth: writes go on without Redis");
        posted.add(res.bodyAsJsonObject().getString("eventId"));
      }
      awaitReady(app, b, 503);

      redis.start();
      awaitReady(app, b, 200);
      for (int i = 0; i < 3; i++) {
        posted.add(app.post(0, TestApp.article("بعد عودة ريديس " + i)).bodyAsJsonObject().getString("eventId"));
      }

      List<String> received = new ArrayList<>();
      for (int i = 0; i < posted.size(); i++) {
        SseEvent e = onB.nextItem(10);
        assertNotNull(e, "instance B delivered only " + received + " of " + posted);
        received.add(e.id());
      }
      assertEquals(posted, received, "every event once, in order");
      assertNull(onB.nextItem(1), "a duplicate arrived");
    }
  }
}
