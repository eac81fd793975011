package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class TickerDeliveryTest extends AppTest {

  @Test
  void streamAnswersWithEventStreamHeadersAndARetryLine() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");

    assertEquals("text/event-stream; charset=utf-8", stream.headers().get("Content-Type"));
    assertEquals("no-cache", stream.headers().get("Cache-Control"));
    assertEquals("no", stream.headers().get("X-Accel-Buffering"));
    assertTrue(stream.firstLine().startsWith("retry: "), stream.firstLine());
    assertEquals("ready", stream.opening().event());
  }

  @Test
  void postedArticleReachesAnOpenStreamWithItsEventId() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");

    HttpResponse<Buffer> posted = app.post(TestApp.article("عاجل: انطلاق القمة الاقتصادية"));
    SseEvent event = stream.nextItem(5);

    assertNotNull(event, "no stream event within 5 s");
    JsonObject article = posted.bodyAsJsonObject();
    assertEquals("article", event.event());
    assertEquals(article.getString("eventId"), event.id());
    assertEquals(article, new JsonObject(event.data()));
  }

  @Test
  void articlePostedOnOneInstanceReachesAStreamOnAnother() throws Exception {
    int b = app.startInstance();
    SseProbe onB = app.openStream(b, "/api/v1/stream", null);

    HttpResponse<Buffer> posted = app.post(0, TestApp.article("خبر من النسخة الأولى"));
    SseEvent event = onB.nextItem(5);

    assertNotNull(event, "instance B delivered nothing within 5 s");
    assertEquals(posted.bodyAsJsonObject().getString("id"), new JsonObject(event.data()).getString("id"));
    assertEquals(posted.bodyAsJsonObject().getString("eventId"), event.id());
  }

  @Test
  void heartbeatCommentsKeepAnIdleStreamOpen() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");

    assertTrue(stream.heartbeats(2, 5), "no heartbeats on an idle stream");   // AKHBAR_HEARTBEAT_SECONDS=1
    HttpResponse<Buffer> posted = app.post(TestApp.article("بعد فترة هدوء"));

    SseEvent event = stream.nextItem(5);
    assertNotNull(event, "the idle stream did not survive");
    assertEquals(posted.bodyAsJsonObject().getString("eventId"), event.id());
  }

  @Test
  void aStreamCarryingEventsGetsNoHeartbeatsBetweenThem() throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");
    app.post(TestApp.article("أول خبر في سلسلة"));
    assertNotNull(stream.nextItem(5));

    int before = stream.comments();
    long end = System.nanoTime() + 3_500_000_000L;   // three and a half heartbeat ticks (AKHBAR_HEARTBEAT_SECONDS=1)
    for (int i = 0; System.nanoTime() < end; i++) {
      app.post(TestApp.article("خبر متتابع " + i));
      assertNotNull(stream.nextItem(5));
      Thread.sleep(200);
    }
    assertTrue(stream.comments() - before <= 1, (stream.comments() - before) + " heartbeats on a busy stream");
    assertTrue(stream.heartbeats(1, 5), "heartbeats resume once the stream is idle");
  }

  @Test
  void anHttp10ReaderGetsTheEventsUnchunkedUntilTheConnectionCloses() throws Exception {
    try (Socket reader = new Socket("127.0.0.1", app.port())) {
      reader.setSoTimeout(10_000);
      reader.getOutputStream().write("GET /api/v1/stream HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream in = reader.getInputStream();
      String eventId = app.post(TestApp.article("خبر لقارئ قديم")).bodyAsJsonObject().getString("eventId");

      StringBuilder seen = new StringBuilder();
      byte[] buf = new byte[4096];
      while (!seen.toString().contains("event: article")) {
        int n = in.read(buf);
        assertTrue(n > 0, "the stream ended before the event: " + seen);
        seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      }
      String text = seen.toString();
      assertTrue(text.startsWith("HTTP/1.0 200"), text);
      assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding"), "HTTP/1.0 has no chunks");
      assertTrue(text.matches("(?s).*\r\n\r\nretry: \\d+\nid: .*"), "the body is the bare event stream: " + text);
      assertTrue(text.contains("id: " + eventId + "\nevent: article\n"), text);
    }
  }
}
