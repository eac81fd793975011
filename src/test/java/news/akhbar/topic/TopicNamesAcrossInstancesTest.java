package news.akhbar.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import news.akhbar.support.ThrowawayRedis;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances over one PostgreSQL and one Redis: a name changed on one shows on the other's pages within about a
 * second through the ordered fan-out, reaches it from the event log while Redis is down, and a restarted instance
 * reads the names from the store.
 */
@ExtendWith(VertxExtension.class)
class TopicNamesAcrossInstancesTest {

  @Test
  void aRenameOnOneInstanceShowsOnTheOthersFrontPageWithinASecond(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx)) {
      int other = app.startInstance();
      app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
      assertTrue(Eventually.within(5, () -> "رياضة".equals(tab(app, other))), "the other instance has the story");
      SseProbe stream = app.openStream(other, "/api/v1/stream", null);

      assertEquals(200, TopicNames.rename(app, "sports", "الرياضة").statusCode());
      long renamed = System.nanoTime();
      assertTrue(Eventually.within(5, () -> "الرياضة".equals(tab(app, other))), "the other front page kept "
          + tab(app, other));
      long millis = (System.nanoTime() - renamed) / 1_000_000;
      assertTrue(millis < 1_500, "the new name took " + millis + " ms to show on the other instance");
      assertEquals("الرياضة", TopicNames.nameOn(app, other, "sports"));

      SseEvent event = stream.nextItem(5);
      assertEquals("topic-name", event.event(), "readers of the stream hear of it too");
      assertEquals("{\"topic\":\"sports\",\"name\":\"الرياضة\"}", event.data());
    }
  }

  @Test
  void aRenameWhileRedisIsDownReachesTheOtherInstanceFromTheEventLog(Vertx vertx) throws Exception {
    try (ThrowawayRedis redis = new ThrowawayRedis();
         TestApp app = TestApp.start(vertx, Map.of("AKHBAR_REDIS_URL", redis.url()))) {
      int other = app.startInstance();
      redis.kill();
      assertEquals(200, TopicNames.rename(app, "economy", "المال والأعمال").statusCode(),
          "PostgreSQL is the truth: a rename goes on without Redis");
      assertEquals(200, TopicNames.reset(app, TestApp.TOKEN, "science").statusCode());
      assertTrue(Eventually.within(10, () -> "المال والأعمال".equals(TopicNames.nameOn(app, other, "economy"))
          && TopicNames.nameOn(app, other, "science") == null), "the other instance never caught up");
    }
  }

  @Test
  void aRestartedInstanceReadsTheNamesFromTheStore(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx)) {
      int other = app.startInstance();
      app.stopInstance(other);
      assertEquals(200, TopicNames.rename(app, "culture", "فنون وثقافة").statusCode());
      app.restartInstance(other);
      assertEquals("فنون وثقافة", TopicNames.nameOn(app, other, "culture"));
    }
  }

  /** The text of the sports tab on an instance's front page, null when there is none. */
  private static String tab(TestApp app, int instance) {
    Element tab = Jsoup.parse(app.get(instance, "/").bodyAsString()).selectFirst("nav.topics a[data-topic=sports]");
    return tab == null ? null : tab.text();
  }
}
