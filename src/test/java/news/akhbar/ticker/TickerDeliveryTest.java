package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.Await;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class TickerDeliveryTest extends AppTest {

  @Test
  void streamAnswersWithEventStreamHeadersAndARetryLine(Vertx vertx) throws Exception {
    HttpClient client = vertx.createHttpClient();
    Buffer first = Buffer.buffer();
    java.util.concurrent.CountDownLatch got = new java.util.concurrent.CountDownLatch(1);
    HttpClientResponse res = Await.of(client.request(HttpMethod.GET, app.port(), "127.0.0.1", "/api/v1/stream")
        .compose(req -> req.send()).map(r -> r.handler(buf -> {
          synchronized (first) {
            first.appendBuffer(buf);
          }
          got.countDown();
        })));
    assertTrue(got.await(5, TimeUnit.SECONDS), "no bytes within 5 s");
    res.request().reset();

    assertEquals(200, res.statusCode());
    assertEquals("text/event-stream; charset=utf-8", res.getHeader("Content-Type"));
    assertEquals("no-cache", res.getHeader("Cache-Control"));
    assertEquals("no", res.getHeader("X-Accel-Buffering"));
    assertTrue(first.toString().startsWith("retry: "), first.toString());
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
}
