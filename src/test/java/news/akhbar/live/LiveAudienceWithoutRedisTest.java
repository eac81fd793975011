package news.akhbar.live;

import static news.akhbar.live.EditorsAudience.count;
import static news.akhbar.live.EditorsAudience.readers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import news.akhbar.support.ThrowawayRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Without Redis the audience is this instance's own count: never an error to editors or readers. */
@ExtendWith(VertxExtension.class)
class LiveAudienceWithoutRedisTest {

  @Test
  void withRedisGoneTheCountIsThisInstancesOwn(Vertx vertx) throws Exception {
    try (ThrowawayRedis redis = new ThrowawayRedis();
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_REDIS_URL", redis.url()))) {
      app.startInstance();
      readers(app, 0, "41", 2);
      readers(app, 1, "41", 1);
      assertTrue(Eventually.within(5, () -> count(app, 0, "41") == 3), "count " + count(app, 0, "41") + ", not 3");

      redis.kill();
      assertEquals(2, count(app, 0, "41"), "instance 0 alone has two readers");
      assertEquals(1, count(app, 1, "41"), "instance 1 alone has one reader");
      readers(app, 0, "41", 1);
      assertEquals(3, count(app, 0, "41"), "a reader who came during the outage is counted");
    }
  }
}
