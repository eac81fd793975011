package news.akhbar.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reconnect storm's K marked events, as each reader receives them: titles {@code عاصفة اختبار STORM-<i>}, counted
 * once per reader (a second copy is a duplicate), and the moment each reader had all K. Reader thread only.
 */
final class StormMarks implements EventMarks {

  static final String TITLE = "عاصفة اختبار";
  static final String MARKER = "STORM";

  private final byte[] marker = (MARKER + "-").getBytes(StandardCharsets.US_ASCII);
  private final byte[] before = (TITLE + " ").getBytes(StandardCharsets.UTF_8);
  private final int events;
  private final int words;
  private final long[] seen;
  private final int[] count;
  private final long[] doneAt;
  long duplicates;
  long corrupt;

  StormMarks(int readers, int events) {
    this.events = events;
    this.words = (events + 63) / 64;
    this.seen = new long[readers * words];
    this.count = new int[readers];
    this.doneAt = new long[readers];
  }

  static String title(int seq) {
    return TITLE + " " + MARKER + "-" + seq;
  }

  /** Whether this reader has every one of the K events. */
  boolean done(int reader) {
    return count[reader] == events;
  }

  /** When each reader that got all K had them, in µs after start (System.nanoTime); call after the readers stop. */
  long[] completionMicros(long start) {
    return Arrays.stream(doneAt).filter(t -> t != 0).map(t -> (t - start) / 1_000).toArray();
  }

  @Override
  public int tokenAt(byte[] line, int len) {
    return EventMarks.indexOf(line, len, marker);
  }

  @Override
  public int seqAt(byte[] line, int at, int len) {
    int i = at + marker.length;
    int seq = 0;
    while (i < len && line[i] >= '0' && line[i] <= '9' && seq < events) {
      seq = seq * 10 + line[i++] - '0';
    }
    return i > at + marker.length && seq < events && (i == len || line[i] < '0' || line[i] > '9') ? seq : -1;
  }

  @Override
  public boolean titleBefore(byte[] line, int at) {
    int from = at - before.length;
    return from >= 0 && Arrays.equals(line, from, at, before, 0, before.length);
  }

  @Override
  public void record(int reader, int seq, boolean garbled, long now) {
    if (seq < 0) {
      return;
    }
    int word = reader * words + seq / 64;
    long bit = 1L << (seq % 64);
    if ((seen[word] & bit) != 0) {
      duplicates++;
      return;
    }
    seen[word] |= bit;
    if (garbled) {
      corrupt++;
    }
    if (++count[reader] == events) {
      doneAt[reader] = now;
    }
  }
}
