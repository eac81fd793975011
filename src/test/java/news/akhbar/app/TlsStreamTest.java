package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import news.akhbar.support.Await;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With AKHBAR_TLS_CERT and AKHBAR_TLS_KEY the port speaks TLS and offers h2 through ALPN, and a stream's events go
 * through TLS: the one-send path that skips Netty's handlers for plain sockets must never skip the encryption.
 */
@ExtendWith(VertxExtension.class)
class TlsStreamTest {

  @Test
  void alpnOffersH2AndStreamEventsGoThroughTls(Vertx vertx) throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create("localhost");
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_TLS_CERT", cert.certificatePath(),
        "AKHBAR_TLS_KEY", cert.privateKeyPath()))) {
      HttpClient h11 = vertx.createHttpClient(new HttpClientOptions().setSsl(true).setTrustAll(true)
          .setVerifyHost(false));
      HttpClient h2 = vertx.createHttpClient(new HttpClientOptions().setSsl(true).setTrustAll(true)
          .setVerifyHost(false).setUseAlpn(true).setProtocolVersion(HttpVersion.HTTP_2));
      assertEquals(HttpVersion.HTTP_2, Await.of(h2.request(HttpMethod.GET, app.port(), "127.0.0.1", "/health/live")
          .compose(r -> r.send()).map(r -> r.version())), "ALPN did not agree on h2");

      WebClient editor = WebClient.create(vertx, new WebClientOptions().setSsl(true).setTrustAll(true)
          .setVerifyHost(false));
      SseProbe overTls = SseProbe.open(h11, app.port(), "/api/v1/stream", null);
      SseProbe overH2 = SseProbe.open(h2, app.port(), "/api/v1/stream", null);
      for (int i = 0; i < 3; i++) {   // the first event follows the head; later ones would take the one-send path
        String eventId = Await.of(editor.post(app.port(), "127.0.0.1", "/api/v1/articles")
            .putHeader("Authorization", "Bearer " + TestApp.TOKEN)
            .sendJsonObject(TestApp.article("خبر عبر قناة مشفرة " + i))).bodyAsJsonObject().getString("eventId");
        for (SseProbe stream : new SseProbe[] {overTls, overH2}) {
          SseEvent event = stream.nextItem(5);
          assertNotNull(event, "no event " + i + " within 5 s over TLS: sent in the clear, the client cannot read it");
          assertEquals(eventId, event.id());
          assertEquals("article", event.event());
        }
      }
      editor.close();
      h11.close();
      h2.close();
    }
  }
}
