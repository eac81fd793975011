package news.akhbar.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class MetricsScrapeTest {

  private static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scrape);
    assertTrue(m.find(), series + " missing from /metrics");
    return Double.parseDouble(m.group(1));
  }

  @Test
  void metricsCountStreamsEventsDeliveriesResetsAndFanOutLatency(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_HTTP_INSTANCES", "1"))) {
      SseProbe stream = app.openStream("/api/v1/stream");
      app.openStream("/api/v1/stream?lastEventId=nonsense");
      app.post(TestApp.article("خبر يقاس"));
      assertNotNull(stream.nextItem(5));

      var res = app.get("/metrics");
      assertEquals(200, res.statusCode());
      assertTrue(res.getHeader("Content-Type").startsWith("text/plain"));
      String scrape = res.bodyAsString();
      assertEquals(2.0, value(scrape, "akhbar_streams_open"));
      assertEquals(1.0, value(scrape, "akhbar_events_published_total"));
      assertEquals(2.0, value(scrape, "akhbar_events_delivered_total"));
      assertEquals(1.0, value(scrape, "akhbar_stream_resets_total"));
      assertEquals(1.0, value(scrape, "akhbar_fanout_latency_seconds_count"));
      assertEquals(1.0, value(scrape, "akhbar_redis_connected"));
      assertTrue(scrape.contains("jvm_memory_used_bytes"), "JVM meters missing");
    }
  }
}
