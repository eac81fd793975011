package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader cut off for not reading is really closed: not after its backlog drains (a reader holding a zero window
 * would never let it), but at once, dropping the backlog and freeing its slot under the per-address limit.
 */
@ExtendWith(VertxExtension.class)
class StalledReaderCloseTest {

  private static final int MAX_EVENTS = 400;

  @Test
  void aStalledReaderIsClosedAtOnceAndItsSlotFreed(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_MAX_STREAMS_PER_CLIENT", "1",
        "AKHBAR_WRITE_QUEUE_BYTES", "65536", "AKHBAR_WRITES_PER_MINUTE", "100000"));
         Socket stalled = new Socket()) {
      HttpClient client = vertx.createHttpClient();
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new InetSocketAddress("127.0.0.1", app.port()));
      stalled.getOutputStream().write("GET /api/v1/stream HTTP/1.1\r\nHost: akhbar\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      assertTrue(Eventually.within(10, () -> app.instance(0).tickerStats().open() == 1), "the stream did not open");
      assertEquals(429, streamStatus(client, app.port()), "the stalled reader holds this address's only slot");

      String body = "<p>" + "نص طويل لخبر عاجل يملأ المخازن. ".repeat(600) + "</p>";   // ~20 KB of UTF-8
      for (int i = 0; i < MAX_EVENTS && app.instance(0).tickerStats().slowDropped() == 0; i++) {
        assertEquals(201, app.post(TestApp.article("خبر " + i).put("body", body)).statusCode());
      }
      assertEquals(1, app.instance(0).tickerStats().slowDropped(), "the stalled reader was never cut off");

      // It still does not read: its slot must come free anyway, within seconds.
      assertTrue(Eventually.within(5, () -> streamStatus(client, app.port()) == 200),
          "the cut-off reader still holds its slot");

      stalled.setSoTimeout(10_000);
      long received = drain(stalled.getInputStream());
      assertTrue(received < 1_000_000, "the reader was sent its backlog (" + received + " bytes) instead of a reset");
    }
  }

  /** The status a new stream from this address gets; an opened stream is dropped at once. */
  private static int streamStatus(HttpClient client, int port) {
    return Await.of(client.request(HttpMethod.GET, port, "127.0.0.1", "/api/v1/stream")
        .compose(r -> r.send()).map(r -> {
          r.request().reset();
          return r.statusCode();
        }));
  }

  /** Reads until the connection ends (end of stream or reset); returns the bytes read. */
  private static long drain(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
      }
    } catch (java.net.SocketException reset) {
      // the server reset the connection: what it had queued for us is gone
    }
    return total;
  }
}
