package news.akhbar.live;

import static news.akhbar.live.EditorsAudience.readers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import org.junit.jupiter.api.Test;

/** Readers of a live coverage get its audience pushed as an event without an id, and only when it changed. */
class AudienceEventTest extends AppTest {

  /** A push waits for the next refresh (2 s) and at most every 5 s per coverage: 10 s is a generous bound. */
  private static final int PUSH_BOUND_SECONDS = 10;

  @Test
  void theAudienceEventCarriesTheCountAndNoId() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(PUSH_BOUND_SECONDS * 1000);
      socket.getOutputStream().write(("GET /api/v1/stream?topics=live:3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String raw = readUntil(socket.getInputStream(), "\"count\":1}\n\n");
      int at = raw.indexOf("event: audience\n");
      assertTrue(at > 0, "no audience event in:\n" + raw);
      // Each frame is one HTTP chunk: between the chunk's size line and the event name, nothing (no id: line).
      assertEquals("", raw.substring(raw.lastIndexOf("\r\n", at) + 2, at), "the audience event has a field before it");
      assertTrue(raw.substring(at).startsWith("event: audience\ndata: {\"coverageId\":\"3\",\"count\":1}\n\n"), raw);
    }
  }

  @Test
  void readersGetTheCountWhenItChangesAndNothingWhileItStays() throws Exception {
    SseProbe first = readers(app, 0, "5", 1).get(0);
    SseProbe other = readers(app, 0, "6", 1).get(0);
    SseProbe siteWide = app.openStream("/api/v1/stream");
    assertAudience(first.next(PUSH_BOUND_SECONDS), "5", 1);
    assertAudience(other.next(PUSH_BOUND_SECONDS), "6", 1);

    SseProbe second = readers(app, 0, "5", 1).get(0);
    SseEvent changed = first.next(PUSH_BOUND_SECONDS);
    assertAudience(changed, "5", 2);
    assertAudience(second.next(PUSH_BOUND_SECONDS), "5", 2);
    assertEquals(first.opening().id(), changed.id(), "the audience event moved the reader's last event id");

    // Quiet streams get a heartbeat a second; six of them span more than a push interval and several refreshes.
    assertTrue(first.heartbeats(6, 15), "the stream went silent");
    assertNull(first.next(0), "an audience event although the count did not change");
    assertNull(other.next(0), "a reader of 6 got an event for 5");
    assertNull(siteWide.nextItem(0), "a site-wide reader got an audience event");
  }

  private static void assertAudience(SseEvent event, String coverage, long count) {
    assertNotNull(event, "no audience event within " + PUSH_BOUND_SECONDS + " s");
    assertEquals("audience", event.event());
    JsonObject data = new JsonObject(event.data());
    assertEquals(coverage, data.getString("coverageId"));
    assertEquals(count, data.getLong("count"));
  }

  private static String readUntil(InputStream in, String end) throws Exception {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!seen.toString(StandardCharsets.UTF_8).contains(end)) {
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        throw new AssertionError("stream stopped before " + end + ":\n" + seen.toString(StandardCharsets.UTF_8));
      }
      if (n < 0) {
        break;
      }
      seen.write(buffer, 0, n);
    }
    return seen.toString(StandardCharsets.UTF_8);
  }
}
