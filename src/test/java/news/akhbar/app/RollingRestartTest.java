package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An instance stopping gracefully ends its streams with a short retry; readers resume elsewhere, losing nothing. */
@ExtendWith(VertxExtension.class)
class RollingRestartTest {

  @Test
  void readersOfAStoppedInstanceResumeOnTheOtherWithoutLoss(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx)) {
      int other = app.startInstance();
      List<SseProbe> readers = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        readers.add(app.openStream("/api/v1/stream"));
      }
      List<String> posted = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        posted.add(app.post(other, TestApp.article("قبل الإيقاف " + i)).bodyAsJsonObject().getString("eventId"));
      }
      List<List<String>> received = new ArrayList<>();
      for (SseProbe reader : readers) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          SseEvent e = reader.nextItem(5);
          ids.add(e == null ? null : e.id());
        }
        received.add(ids);
      }

      long stopping = System.nanoTime();
      app.stopInstance(0);
      long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
      for (SseProbe reader : readers) {
        assertTrue(Eventually.within(5, reader::ended), "a stream was left open by the stopped instance");
      }
      for (int i = 0; i < 3; i++) {
        posted.add(app.post(other, TestApp.article("بعد الإيقاف " + i)).bodyAsJsonObject().getString("eventId"));
      }

      for (int r = 0; r < readers.size(); r++) {
        List<String> ids = received.get(r);
        SseProbe resumed = app.openStream(other, "/api/v1/stream",
            MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", ids.get(ids.size() - 1)));
        for (int i = 0; i < 3; i++) {
          SseEvent e = resumed.nextItem(5);
          ids.add(e == null ? null : e.id());
        }
        assertEquals(posted, ids, "reader " + r);
      }
      System.out.printf("rolling restart: instance stopped in %d ms, 5 readers resumed with nothing lost%n",
          stopMillis);
      assertTrue(stopMillis < 10_000, "stopping took " + stopMillis + " ms");
    }
  }
}
