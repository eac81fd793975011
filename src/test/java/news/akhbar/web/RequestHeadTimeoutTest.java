package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * A connection that does not finish a request head in time is closed (slowloris), while streams, which carry no
 * request bytes after their head and whose events bypass Netty's handlers, stay open however long they run.
 */
class RequestHeadTimeoutTest extends AppTest {

  private static final int TIMEOUT_SECONDS = 3;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_HEADER_TIMEOUT_SECONDS", Integer.toString(TIMEOUT_SECONDS),
        "AKHBAR_WRITES_PER_MINUTE", "100000");   // TestApp's heartbeat is 1 s
  }

  @Test
  void connectionsThatSendNoHeadAHalfHeadOrAHeadByteByByteAreClosedWithinTheTimeout() throws Exception {
    try (Socket silent = connect(); Socket half = connect(); Socket trickling = connect()) {
      long opened = System.nanoTime();
      half.getOutputStream().write("GET /api/v1/stream HTTP/1.1\r\nHost: akhbar\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      Thread trickle = new Thread(() -> trickle(trickling));
      trickle.setDaemon(true);
      trickle.start();

      for (Socket s : new Socket[] {silent, half, trickling}) {
        assertTrue(RawHttp.closedByServer(s), "a connection without a complete head was kept open");
      }
      double seconds = (System.nanoTime() - opened) / 1e9;
      assertTrue(seconds >= TIMEOUT_SECONDS - 0.5 && seconds < TIMEOUT_SECONDS + 3,
          "closed after " + seconds + " s, not at the " + TIMEOUT_SECONDS + " s timeout");
    }
  }

  /**
   * Ten seconds is more than three timeouts: a timer started when the connection or the head arrived would have
   * fired by 3 s, and an idle timer would fire 3 s after the last byte Netty's handlers saw, which for a stream is
   * its head (its events and heartbeats go to the socket below them). So both wrong designs fail well inside it.
   */
  @Test
  void streamsBusyAndIdleOutliveTheTimeoutManyTimesOver() throws Exception {
    SseProbe idle = app.openStream("/api/v1/stream?topics=sport");   // only heartbeats, until the last post
    SseProbe busy = app.openStream("/api/v1/stream");
    long until = System.nanoTime() + 10_000_000_000L;
    int posted = 0;
    while (System.nanoTime() < until) {
      String id = app.post(TestApp.article("خبر محلي " + posted).put("topic", "local")).bodyAsJsonObject()
          .getString("eventId");
      posted++;
      SseEvent e = busy.nextItem(5);
      assertNotNull(e, "the busy stream stopped after " + posted + " events");
      assertEquals(id, e.id());
      Thread.sleep(500);
    }
    assertFalse(idle.ended() || busy.ended(), "a stream was closed");
    assertTrue(idle.comments() >= 8, "the idle stream had " + idle.comments() + " heartbeats in 10 s");

    String last = app.post(TestApp.article("خبر رياضي").put("topic", "sport")).bodyAsJsonObject().getString("eventId");
    SseEvent e = idle.nextItem(5);
    assertEquals(last, e == null ? null : e.id(), "the idle stream no longer delivers");
  }

  private Socket connect() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", app.port()));
    s.setSoTimeout((TIMEOUT_SECONDS + 5) * 1000);
    return s;
  }

  /** Sends a request head one byte every 200 ms, never finishing it, until the server closes the connection. */
  private static void trickle(Socket s) {
    byte[] head = ("GET /api/v1/stream HTTP/1.1\r\nHost: akhbar\r\nX-Pad: " + "a".repeat(1000))
        .getBytes(StandardCharsets.US_ASCII);
    try {
      OutputStream out = s.getOutputStream();
      for (byte b : head) {
        out.write(b);
        out.flush();
        Thread.sleep(200);
      }
    } catch (IOException | InterruptedException closed) {
      // the server closed it: what the test waits for
    }
  }
}
