package news.akhbar.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One reader's byte-level parser: HTTP/1.1 response head, chunked (or close-delimited) body, SSE lines and events.
 * An "article" or live "entry" event whose data holds a marked token is recorded; the opening "ready" event marks
 * the reader ready.
 */
final class SseParser {

  private enum Phase { HEAD, SIZE, DATA, DATA_END, BODY, DONE }

  private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] READY = "ready".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARTICLE = "article".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTRY = "entry".getBytes(StandardCharsets.US_ASCII);
  private static final int NONE = 0;
  private static final int IS_READY = 1;
  private static final int IS_ARTICLE = 2;

  private final int index;
  private final EventMarks marks;
  private Phase phase = Phase.HEAD;
  private byte[] line = new byte[512];
  private int lineLen;
  private long chunkLeft;
  private boolean chunked;
  private boolean ready;
  private int event = NONE;
  private int seq = -1;
  private boolean corrupt;
  private String problem = "";

  SseParser(int index, EventMarks marks) {
    this.index = index;
    this.marks = marks;
  }

  int index() {
    return index;
  }

  boolean ready() {
    return ready;
  }

  /** True once the response head is through (a 200): the body is streaming. */
  boolean streaming() {
    return phase != Phase.HEAD;
  }

  String problem() {
    return problem;
  }

  /** Consumes one read; false when the response is not a 200 event stream. */
  boolean feed(byte[] buf, int n, long now) {
    int i = 0;
    while (i < n) {
      switch (phase) {
        case HEAD, SIZE, DATA_END -> {
          byte b = buf[i++];
          if (b != '\n') {
            append(b);
          } else if (!endOfLine(now)) {
            return false;
          }
        }
        case DATA -> {
          int take = (int) Math.min(chunkLeft, n - i);
          body(buf, i, take, now);
          i += take;
          chunkLeft -= take;
          if (chunkLeft == 0) {
            phase = Phase.DATA_END;
          }
        }
        case BODY -> {
          body(buf, i, n - i, now);
          i = n;
        }
        case DONE -> i = n;
        default -> throw new IllegalStateException();
      }
    }
    return true;
  }

  /** A control line (head or chunk framing) ended. */
  private boolean endOfLine(long now) {
    int len = lineLen > 0 && line[lineLen - 1] == '\r' ? lineLen - 1 : lineLen;
    lineLen = 0;
    switch (phase) {
      case HEAD -> {
        String text = new String(line, 0, len, StandardCharsets.US_ASCII);
        if (problem.isEmpty() && !text.startsWith("HTTP/1.1 200")) {
          problem = text;
          return false;
        }
        problem = "-";
        if (text.regionMatches(true, 0, "transfer-encoding: chunked", 0, 26)) {
          chunked = true;
        }
        if (len == 0) {
          phase = chunked ? Phase.SIZE : Phase.BODY;
          problem = "";
        }
      }
      case SIZE -> {
        long size = 0;
        for (int k = 0; k < len && line[k] != ';'; k++) {
          size = size * 16 + Character.digit(line[k], 16);
        }
        chunkLeft = size;
        phase = size == 0 ? Phase.DONE : Phase.DATA;
      }
      case DATA_END -> phase = Phase.SIZE;
      default -> throw new IllegalStateException();
    }
    return true;
  }

  /** Event-stream bytes. */
  private void body(byte[] buf, int from, int count, long now) {
    for (int k = from; k < from + count; k++) {
      byte b = buf[k];
      if (b == '\n') {
        sseLine(lineLen > 0 && line[lineLen - 1] == '\r' ? lineLen - 1 : lineLen, now);
        lineLen = 0;
      } else {
        append(b);
      }
    }
  }

  private void sseLine(int len, long now) {
    if (len == 0) {
      if (event == IS_READY) {
        ready = true;
      } else if (event == IS_ARTICLE) {
        marks.record(index, seq, corrupt, now);
      }
      event = NONE;
      seq = -1;
      corrupt = false;
    } else if (startsWith(EVENT, len)) {
      event = equalsAt(EVENT.length, len, READY) ? IS_READY : equalsAt(EVENT.length, len, ARTICLE)
          || equalsAt(EVENT.length, len, ENTRY) ? IS_ARTICLE : NONE;
    } else if (startsWith(DATA, len) && seq < 0) {
      int at = marks.tokenAt(line, len);
      if (at >= 0) {
        seq = marks.seqAt(line, at, len);
        corrupt = !marks.titleBefore(line, at);
      }
    }
  }

  private boolean startsWith(byte[] prefix, int len) {
    return len >= prefix.length && Arrays.equals(line, 0, prefix.length, prefix, 0, prefix.length);
  }

  private boolean equalsAt(int from, int len, byte[] word) {
    return len - from == word.length && Arrays.equals(line, from, len, word, 0, word.length);
  }

  private void append(byte b) {
    if (lineLen == line.length) {
      line = Arrays.copyOf(line, line.length * 2);
    }
    line[lineLen++] = b;
  }
}
