package news.akhbar.ticker;

import java.nio.charset.StandardCharsets;
import news.akhbar.fanout.StreamEvent;

/**
 * The only code that writes event-stream syntax (WHATWG HTML, "Server-sent events"). Payload lines each get their
 * own data: field, so no CR, LF or NUL inside a payload can end a field early or forge an id; field values that are
 * not payload (id, event) are digits and fixed names.
 */
final class FrameEncoder {

  /** A comment line: keeps proxies from timing out and tells the server a dead reader is gone. */
  static final Frame HEARTBEAT = Frame.shared(":\n\n".getBytes(StandardCharsets.UTF_8));

  private FrameEncoder() {
  }

  /** One stream event, encoded once for every reader (the replay ring keeps it) as the same bytes. */
  static Frame event(StreamEvent item) {
    return Frame.shared(eventBytes(item));
  }

  /** The event's bytes alone, for a replay that joins several into one frame. */
  static byte[] eventBytes(StreamEvent item) {
    return frame(null, Long.toString(item.id()), safeName(item.event()), item.json());
  }

  /**
   * A notice that is not a stored event (such as a live page's audience): no id: line, so it never moves a reader's
   * Last-Event-ID; encoded once for every reader it goes to.
   */
  static Frame notice(String event, String json) {
    return Frame.shared(frame(null, null, safeName(event), json));
  }

  /** The opening of a stream: the reconnection delay, then "ready" carrying the id the reader stands at. */
  static Frame ready(int retryMillis, long at) {
    return Frame.single(readyBytes(retryMillis, at));
  }

  static byte[] readyBytes(int retryMillis, long at) {
    return frame(retryMillis, Long.toString(at), "ready", "{\"lastEventId\":\"" + at + "\"}");
  }

  /** Tells a reader its resume point cannot be served (unknown, future, too old): reload the list, then go on. */
  static Frame reset(int retryMillis, long head) {
    return Frame.single(frame(retryMillis, Long.toString(head), "reset", "{\"lastEventId\":\"" + head + "\"}"));
  }

  /** The last words before the server closes a stream on purpose: come back soon (to another instance). */
  static Frame retry(int retryMillis) {
    return Frame.single(("retry: " + retryMillis + "\n\n").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] frame(Integer retryMillis, String id, String event, String data) {
    StringBuilder out = new StringBuilder(data.length() + 48);
    if (retryMillis != null) {
      out.append("retry: ").append(retryMillis).append('\n');
    }
    if (id != null) {
      out.append("id: ").append(id).append('\n');
    }
    out.append("event: ").append(event).append('\n');
    appendData(out, data);
    out.append('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
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
    if (!StreamEvent.isEventName(event)) {   // the fan-out hands on no such event: this is a last line of defence
      throw new IllegalArgumentException("event names are lower-case words");
    }
    return event;
  }
}
