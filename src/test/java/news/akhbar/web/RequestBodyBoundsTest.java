package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.AppEnv;
import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 17, failure 6: a refused body is not read past a small bound (a large one closes the connection after the
 * answer, a small one is drained and the connection kept), a body that trickles or stalls is answered 408 and its
 * connection closed, and a client hanging up mid-body is no error in the log. Raw sockets, since an HTTP client
 * would neither trickle nor notice that its upload was cut short.
 */
class RequestBodyBoundsTest extends AppTest {

  private static final long TEN_MB = 10L << 20;
  /** Far longer than any bound under test, far shorter than the bodies would take to arrive whole. */
  private static final int WAIT_SECONDS = 15;

  /** One response as read off the socket. */
  private record Reply(int status, String head, String body) {

    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  @Test
  void largeBodyWithoutATokenIsAnswered401AndTheConnectionClosedBeforeTheBodyIsRead() throws Exception {
    assertRefusedAndCut(head("/api/v1/articles", null, "application/json", TEN_MB), 401);
  }

  @Test
  void largeBodyWithAnUnknownTokenIsAnswered401AndTheConnectionClosed() throws Exception {
    assertRefusedAndCut(head("/api/v1/articles", "unknown-token-0123456789", "application/json", TEN_MB), 401);
  }

  @Test
  void contentLengthOverTheLimitIsAnswered413BeforeTheBodyIsReadAndTheConnectionClosed() throws Exception {
    assertRefusedAndCut(head("/api/v1/articles", TestApp.TOKEN, "application/json", TEN_MB), 413);
  }

  @Test
  void largeBodyOfTheWrongTypeIsAnswered415AndTheConnectionClosed() throws Exception {
    assertRefusedAndCut(head("/api/v1/editors", TestApp.TOKEN, "application/jsonx", TEN_MB), 415);
  }

  @Test
  void largeBodyOnAGetThatMemoryAnswersIsNotReadToTheEnd() throws Exception {
    String get = "GET / HTTP/1.1\r\nHost: akhbar\r\nContent-Type: text/plain\r\nContent-Length: " + TEN_MB + "\r\n\r\n";
    try (Socket s = open()) {
      CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> upload(s, get, TEN_MB));
      Reply page = read(s.getInputStream());
      assertEquals(200, page.status(), page.head());
      assertEquals("close", String.valueOf(page.header("Connection")).toLowerCase(Locale.ROOT), page.head());
      assertTrue(RawHttp.closedByServer(s), "the connection was kept open after a large body on a GET");
      assertTrue(sent.get(WAIT_SECONDS, TimeUnit.SECONDS) < TEN_MB, "the whole body went out: the server read it");
    }
  }

  @Test
  void smallBodyWithoutATokenIsAnswered401AndTheConnectionServesTheNextRequest() throws Exception {
    String body = "{\"title\":\"خبر\"}";
    int length = body.getBytes(StandardCharsets.UTF_8).length;
    try (Socket s = open()) {
      OutputStream out = s.getOutputStream();
      out.write(head("/api/v1/articles", null, "application/json", length).getBytes(StandardCharsets.US_ASCII));
      out.write(body.getBytes(StandardCharsets.UTF_8));
      out.write("GET /health/live HTTP/1.1\r\nHost: akhbar\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      Reply refused = read(in);
      assertEquals(401, refused.status(), refused.head());
      assertTrue(refused.header("Connection") == null, "a drained body's connection was closed");
      Reply next = read(in);
      assertEquals(200, next.status(), "the kept connection did not serve the next request: " + next.head());
    }
  }

  @Test
  @AppEnv({"AKHBAR_HEADER_TIMEOUT_SECONDS=2", "AKHBAR_BODY_TIMEOUT_SECONDS=4"})
  void bodyTrickledAtOneBytePerSecondIsAnswered408AndTheConnectionClosed() throws Exception {
    try (Socket s = open()) {
      Thread trickle = new Thread(() -> trickle(s, head("/api/v1/articles", TestApp.TOKEN, "application/json", 1000)));
      trickle.setDaemon(true);
      trickle.start();
      assertTimedOut(s);
    }
  }

  @Test
  @AppEnv({"AKHBAR_HEADER_TIMEOUT_SECONDS=2", "AKHBAR_BODY_TIMEOUT_SECONDS=60"})
  void bodyThatStallsIsAnswered408AndTheConnectionClosed() throws Exception {
    String editor = app.newEditor("محررة");
    try (Socket s = open()) {
      OutputStream out = s.getOutputStream();
      out.write((head("/api/v1/articles", editor, "application/json", 1000) + "{\"title\":")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertTimedOut(s);
    }
  }

  @Test
  void clientHangingUpMidBodyLeavesNoErrorAndNoStackTraceInTheLog() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger bodies = (Logger) LoggerFactory.getLogger(RequestBodies.class);
    Level was = bodies.getLevel();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    bodies.setLevel(Level.DEBUG);
    try {
      try (Socket s = open()) {
        s.getOutputStream().write((head("/api/v1/articles", TestApp.TOKEN, "application/json", 1000) + "{\"ti")
            .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
      }
      assertTrue(Eventually.within(WAIT_SECONDS, () -> !lines(log, RequestBodies.class).isEmpty()),
          "the hang-up was not noticed: " + lines(log, null));
      assertEquals(1, lines(log, RequestBodies.class).size(), lines(log, null).toString());
      for (ILoggingEvent e : List.copyOf(log.list)) {
        assertTrue(e.getLevel().levelInt < Level.WARN.levelInt, "logged at " + e.getLevel() + ": " + e);
        assertTrue(e.getThrowableProxy() == null, "a stack trace was logged: " + e);
      }
    } finally {
      root.detachAppender(log);
      bodies.setLevel(was);
    }
  }

  private static List<String> lines(ListAppender<ILoggingEvent> log, Class<?> from) {
    return List.copyOf(log.list).stream().filter(e -> from == null || e.getLoggerName().equals(from.getName()))
        .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()).toList();
  }

  /**
   * Sends a head announcing a large body and then the body, from another thread; the answer must come, the server
   * must close the connection, and the client must be unable to send the whole body (a server that read it on would
   * have taken it all).
   */
  private void assertRefusedAndCut(String head, int status) throws Exception {
    try (Socket s = open()) {
      CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> upload(s, head, TEN_MB));
      InputStream in = s.getInputStream();
      Reply refused = read(in);
      assertEquals(status, refused.status(), refused.head());
      assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.head());
      assertEquals("close", String.valueOf(refused.header("Connection")).toLowerCase(Locale.ROOT), refused.head());
      assertTrue(RawHttp.closedByServer(s), "the connection was kept open after refusing a large body");
      long out = sent.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertTrue(out < TEN_MB, "the whole body went out: the server read it to the end");
    }
  }

  /** Expects a 408 problem and the connection's close, before the socket's read timeout. */
  private static void assertTimedOut(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    Reply timedOut = read(in);
    assertEquals(408, timedOut.status(), timedOut.head());
    assertTrue(timedOut.header("Content-Type").startsWith("application/problem+json"), timedOut.head());
    assertTrue(timedOut.body().contains("\"status\":408"), timedOut.body());
    assertTrue(RawHttp.closedByServer(s), "the connection stayed open after the 408");
  }

  private Socket open() throws IOException {
    Socket s = new Socket();
    s.setSendBufferSize(64 * 1024);   // no room to hide a whole body in the client's own buffers
    s.connect(new InetSocketAddress("127.0.0.1", app.port()));
    s.setSoTimeout(WAIT_SECONDS * 1000);
    return s;
  }

  private static String head(String path, String token, String type, long length) {
    return "POST " + path + " HTTP/1.1\r\nHost: akhbar\r\n"
        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
        + "Content-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n";
  }

  /** Writes the head and then length bytes of body; returns how many body bytes went out before a write failed. */
  private static long upload(Socket s, String head, long length) {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    long sent = 0;
    try {
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      while (sent < length) {
        int n = (int) Math.min(chunk.length, length - sent);
        out.write(chunk, 0, n);
        sent += n;
      }
      out.flush();
    } catch (IOException cut) {
      // the server closed the connection: what the test waits for
    }
    return sent;
  }

  /** Sends the head, then one byte of body a second, until the server closes the connection. */
  private static void trickle(Socket s, String head) {
    try {
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < 1000; i++) {
        Thread.sleep(1000);
        out.write(' ');
        out.flush();
      }
    } catch (IOException | InterruptedException closed) {
      // the server closed it: what the test waits for
    }
  }

  /** Reads one response: its head, then as many body bytes as its Content-Length says. */
  private static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before a whole response head: " + head);
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    Reply reply = new Reply(Integer.parseInt(text.split(" ", 3)[1]), text, "");
    String length = reply.header("Content-Length");
    byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
    return new Reply(reply.status(), text, new String(body, StandardCharsets.UTF_8));
  }
}
