package news.akhbar.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stream reader for tests: a WHATWG event-stream parser (CR, LF, CRLF line ends; data lines joined with LF)
 * feeding a queue. {@link #open} returns once the opening event (ready or reset) has arrived.
 */
public final class SseProbe implements AutoCloseable {

  private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
  private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
  private final StringBuilder data = new StringBuilder();
  private final HttpClientResponse response;
  private String id = "";
  private String event = "";
  private boolean hasData;
  private boolean lastWasCr;
  private volatile boolean ended;
  private volatile int comments;
  private volatile String firstLine;
  private final java.util.List<Integer> retries = new java.util.concurrent.CopyOnWriteArrayList<>();

  private SseProbe(HttpClientResponse response) {
    this.response = response;
  }

  public static SseProbe open(HttpClient client, int port, String uri, MultiMap headers) throws Exception {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
        .setURI(uri).putHeader("Accept", "text/event-stream");
    if (headers != null) {
      options.getHeaders().addAll(headers);
    }
    // The body handler is attached to the response before the request goes out: a listener attached later, from
    // this (test) thread, can come after the first chunk, which Vert.x then drops (nobody is listening yet).
    SseProbe probe = client.request(options).compose(req -> {
      Future<SseProbe> opened = req.response().compose(res -> {
        SseProbe p = new SseProbe(res);
        if (res.statusCode() != 200) {
          return res.body().compose(b -> Future.failedFuture("stream answered " + res.statusCode() + ": " + b));
        }
        res.handler(buf -> p.feed(buf.getBytes()));
        res.endHandler(v -> p.ended = true);
        res.exceptionHandler(e -> p.ended = true);
        return Future.succeededFuture(p);
      });
      req.end();
      return opened;
    }).await(10, TimeUnit.SECONDS);
    probe.opening = probe.next(10);
    assertNotNull(probe.opening, "the stream sent no opening event within 10 s");
    return probe;
  }

  private SseEvent opening;

  /** The first event: "ready" (with the id the stream stands at) or "reset". */
  public SseEvent opening() {
    return opening;
  }

  public SseEvent next(int seconds) throws InterruptedException {
    return events.poll(seconds, TimeUnit.SECONDS);
  }

  /** The next event that is not a control event (ready, reset). */
  public SseEvent nextItem(int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      long left = deadline - System.nanoTime();
      SseEvent e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
      if (e == null || (!"ready".equals(e.event()) && !"reset".equals(e.event()))) {
        return e;
      }
    }
  }

  /** The very first line the server sent (the stream must open with retry:). */
  public String firstLine() {
    return firstLine;
  }

  /** The response's headers. */
  public MultiMap headers() {
    return response.headers();
  }

  /** Every retry: value the server sent, in order. */
  public java.util.List<Integer> retries() {
    return retries;
  }

  /** Comment lines (heartbeats) seen so far. */
  public int comments() {
    return comments;
  }

  /** True once the server has sent n more heartbeats than when called, within the bound. */
  public boolean heartbeats(int n, int seconds) {
    int from = comments;
    return Eventually.within(seconds, () -> comments >= from + n);
  }

  public boolean ended() {
    return ended;
  }

  /** Works on bytes: CR and LF never occur inside a UTF-8 sequence, and a character split across reads stays whole. */
  private synchronized void feed(byte[] chunk) {
    for (byte c : chunk) {
      if (c == '\n' && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = c == '\r';
      if (c == '\r' || c == '\n') {
        line(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
      } else {
        pending.write(c);
      }
    }
  }

  private void line(String line) {
    if (firstLine == null) {
      firstLine = line;
    }
    if (line.isEmpty()) {
      if (hasData) {
        events.add(new SseEvent(id, event.isEmpty() ? "message" : event, data.toString()));
      }
      data.setLength(0);
      hasData = false;
      event = "";
      return;
    }
    if (line.startsWith(":")) {
      comments++;
      return;
    }
    int colon = line.indexOf(':');
    String field = colon < 0 ? line : line.substring(0, colon);
    String value = colon < 0 ? "" : line.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "data" -> {
        if (hasData) {
          data.append('\n');
        }
        data.append(value);
        hasData = true;
      }
      case "event" -> event = value;
      case "retry" -> {
        if (value.matches("\\d{1,9}")) {
          retries.add(Integer.parseInt(value));
        }
      }
      case "id" -> {
        if (value.indexOf('\0') < 0) {
          id = value;
        }
      }
      default -> { }
    }
  }

  @Override
  public void close() {
    response.request().reset();
  }
}
