package news.akhbar.ticker;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import news.akhbar.fanout.Published;

/**
 * The only code that writes event-stream syntax (WHATWG HTML, "Server-sent events"). Payload lines each get their
 * own data: field, so no CR, LF or NUL inside a payload can end a field early or forge an id; field values that are
 * not payload (id, event) are digits and fixed names.
 */
public final class SseFrame {

  /** A comment line: keeps proxies from timing out and tells the server a dead reader is gone. */
  public static final Buffer HEARTBEAT = Buffer.buffer(":\n\n".getBytes(StandardCharsets.UTF_8));

  private SseFrame() {
  }

  /**
   * One stream event, encoded once into off-heap memory and written to every reader as the same buffer: the
   * transport hands direct memory to the socket as it is, where a heap buffer would be copied once per reader.
   */
  public static Buffer event(Published item) {
    return direct(frame(null, Long.toString(item.id()), safeName(item.event()), item.json()));
  }

  /**
   * The same bytes off-heap, in a JDK direct buffer: no reader's write can release it, and the garbage collector
   * frees it (through the buffer's cleaner) once the last write let go of it.
   */
  static Buffer direct(Buffer heap) {
    byte[] bytes = heap.getBytes();
    ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    return BufferInternal.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(memory)));
  }

  /** The opening of a stream: the reconnection delay, then "ready" carrying the id the reader stands at. */
  public static Buffer ready(int retryMillis, long at) {
    return frame(retryMillis, Long.toString(at), "ready", "{\"lastEventId\":\"" + at + "\"}");
  }

  /** Tells a reader its resume point cannot be served (unknown, future, too old): reload the list, then go on. */
  public static Buffer reset(int retryMillis, long head) {
    return frame(retryMillis, Long.toString(head), "reset", "{\"lastEventId\":\"" + head + "\"}");
  }

  /** The last words before the server closes a stream on purpose: come back soon (to another instance). */
  public static Buffer retry(int retryMillis) {
    return Buffer.buffer(("retry: " + retryMillis + "\n\n").getBytes(StandardCharsets.UTF_8));
  }

  private static Buffer frame(Integer retryMillis, String id, String event, String data) {
    StringBuilder out = new StringBuilder(data.length() + 48);
    if (retryMillis != null) {
      out.append("retry: ").append(retryMillis).append('\n');
    }
    out.append("id: ").append(id).append('\n');
    out.append("event: ").append(event).append('\n');
    appendData(out, data);
    out.append('\n');
    return Buffer.buffer(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One data: line per line of the payload; CR, LF and CRLF all end a line, NUL becomes U+FFFD. */
  static void appendData(StringBuilder out, String data) {
    out.append("data: ");
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == '\r') {
        if (i + 1 < data.length() && data.charAt(i + 1) == '\n') {
          i++;
        }
        out.append("\ndata: ");
      } else if (c == '\n') {
        out.append("\ndata: ");
      } else if (c == '\0') {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    out.append('\n');
  }

  private static String safeName(String event) {
    for (int i = 0; i < event.length(); i++) {
      char c = event.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '-') {
        throw new IllegalArgumentException("event names are lower-case words");
      }
    }
    return event;
  }
}
