package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.Await;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class StreamLimitsTest {

  @Test
  void streamsOverThePerAddressLimitGet429ProblemJson(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_MAX_STREAMS_PER_CLIENT", "2"))) {
      SseProbe one = app.openStream("/api/v1/stream");
      app.openStream("/api/v1/stream");

      var refused = app.get("/api/v1/stream");
      assertEquals(429, refused.statusCode());
      assertTrue(refused.getHeader("Content-Type").startsWith("application/problem+json"));
      assertNotNull(refused.getHeader("Retry-After"));

      one.close();
      long deadline = System.currentTimeMillis() + 5000;
      int status = 429;
      while (status == 429 && System.currentTimeMillis() < deadline) {
        status = streamStatus(vertx, app.port(), MultiMap.caseInsensitiveMultiMap());
      }
      assertEquals(200, status, "a closed stream must free its slot");
    }
  }

  @Test
  void behindATrustedProxyTheLimitCountsTheHopTheProxyAddedNotTheForgedFirstHop(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_MAX_STREAMS_PER_CLIENT", "1",
        "AKHBAR_TRUST_FORWARDED", "true"))) {
      // One reader at 203.0.113.7 behind nginx, which appends the address it saw: whatever the reader puts first.
      app.openStream(0, "/api/v1/stream", forwardedFor("198.18.0.1, 203.0.113.7"));
      assertEquals(429, streamStatus(vertx, app.port(), forwardedFor("198.18.0.2, 203.0.113.7")),
          "a new forged first hop must not buy another stream");

      app.openStream(0, "/api/v1/stream", forwardedFor("203.0.113.7, 198.51.100.9"));   // another reader
    }
  }

  /** The status a new stream gets; the stream itself, if opened, is dropped at once. */
  private static int streamStatus(Vertx vertx, int port, MultiMap headers) {
    return Await.of(vertx.createHttpClient().request(new RequestOptions().setMethod(HttpMethod.GET).setPort(port)
        .setHost("127.0.0.1").setURI("/api/v1/stream").setHeaders(headers)).compose(r -> r.send()).map(r -> {
          r.request().reset();
          return r.statusCode();
        }));
  }

  private static MultiMap forwardedFor(String value) {
    return MultiMap.caseInsensitiveMultiMap().add("X-Forwarded-For", value);
  }

  @Test
  void streamIsServedOverH2cWhenSwitchedOn(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, java.util.Map.of("AKHBAR_H2C", "true"))) {
      HttpClient h2 = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
          .setHttp2ClearTextUpgrade(false));
      LinkedBlockingQueue<String> chunks = new LinkedBlockingQueue<>();
      HttpClientResponse res = Await.of(h2.request(HttpMethod.GET, app.port(), "127.0.0.1", "/api/v1/stream")
          .compose(r -> r.send()).map(r -> r.handler(b -> chunks.add(b.toString(StandardCharsets.UTF_8)))));

      assertEquals(HttpVersion.HTTP_2, res.version());
      assertEquals("text/event-stream; charset=utf-8", res.getHeader("Content-Type"));
      String eventId = app.post(TestApp.article("عبر HTTP/2")).bodyAsJsonObject().getString("eventId");
      StringBuilder seen = new StringBuilder();
      long deadline = System.currentTimeMillis() + 5000;
      while (!seen.toString().contains("id: " + eventId + "\n") && System.currentTimeMillis() < deadline) {
        String c = chunks.poll(100, TimeUnit.MILLISECONDS);
        if (c != null) {
          seen.append(c);
        }
      }
      assertTrue(seen.toString().contains("id: " + eventId + "\nevent: article\n"), seen.toString());
      h2.close();
    }
  }
}
