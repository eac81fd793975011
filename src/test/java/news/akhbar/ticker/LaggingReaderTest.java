package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader that stops reading for a while (more than the kernel's socket buffers hold, less than its write queue)
 * and then reads on gets every event, whole and in order: sends that only partly fit, and the frames queued behind
 * them, keep the stream's byte order.
 */
@ExtendWith(VertxExtension.class)
class LaggingReaderTest {

  private static final int EVENTS = 300;   // ~6 MB of events: more than a socket's 4 MB send-buffer ceiling

  @Test
  void aReaderThatLagsWithinItsQueueGetsEveryEventWholeAndInOrder(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx,
        Map.of("AKHBAR_WRITE_QUEUE_BYTES", "33554432", "AKHBAR_WRITES_PER_MINUTE", "100000"));
         Socket reader = new Socket()) {
      reader.setReceiveBufferSize(4096);
      reader.connect(new InetSocketAddress("127.0.0.1", app.port()));
      reader.getOutputStream().write("GET /api/v1/stream HTTP/1.1\r\nHost: akhbar\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      InputStream in = reader.getInputStream();
      String head = readHead(in);
      assertTrue(head.startsWith("HTTP/1.1 200"), head);
      assertTrue(nextEvent(in).contains("event: ready"), "the stream opens with ready");

      String body = "<p>" + "نص طويل لخبر عاجل يملأ المخازن. ".repeat(600) + "</p>";   // ~20 KB of UTF-8
      List<JsonObject> posted = new ArrayList<>();
      for (int i = 0; i < EVENTS; i++) {   // nobody reads meanwhile: the socket fills, the rest queues
        HttpResponse<Buffer> created = app.post(TestApp.article("خبر " + i).put("body", body));
        assertEquals(201, created.statusCode(), created.bodyAsString());
        posted.add(created.bodyAsJsonObject());
      }
      reader.setSoTimeout(20_000);
      for (int i = 0; i < EVENTS; i++) {
        String event = nextEvent(in);
        while (event.equals(":")) {   // a heartbeat
          event = nextEvent(in);
        }
        assertTrue(event.startsWith("id: " + posted.get(i).getString("eventId") + "\n"), "event " + i
            + " out of order: " + event.substring(0, Math.min(80, event.length())));
        JsonObject data = new JsonObject(event.substring(event.indexOf("\ndata: ") + 7));
        assertEquals(posted.get(i), data, "event " + i + " is not the article as posted");
      }
      assertEquals(0, app.instance(0).tickerStats().slowDropped(), "a reader within its queue is not cut off");
    }
  }

  private static String readHead(InputStream in) throws Exception {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      head.write(in.read());
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** The next event of the chunked body (an event may span chunks), without its closing blank line. */
  private static String nextEvent(InputStream in) throws Exception {
    ByteArrayOutputStream event = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(line(in), 16);
      byte[] chunk = in.readNBytes(size);
      assertEquals(size, chunk.length, "the stream ended inside a chunk");
      assertEquals("", line(in), "a chunk must end with CRLF");
      event.write(chunk);
      String text = event.toString(StandardCharsets.UTF_8);
      if (text.endsWith("\n\n")) {
        return text.substring(0, text.length() - 2);
      }
    }
  }

  private static String line(InputStream in) throws Exception {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      assertTrue(c >= 0, "the stream ended");
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
