package news.akhbar.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Every (reader, message) delivery: its receive time, first copy only. The token in an article's title is
 * {@code [akb:RUN:SEQ:EPOCH_MICROS]} right after a fixed Arabic headline, which must arrive byte for byte.
 * Written by the reader thread; the publisher only writes send times.
 */
final class Deliveries implements EventMarks {

  static final String HEADLINE = "عاجل: مجلس المدينة يقرّ خطة النقل الجديدة بعد جلسة استمرت حتى الفجر";
  static final String EXCERPT = "وافق الأعضاء على توسيع شبكة الحافلات الكهربائية وربط الأحياء الشرقية بوسط المدينة "
      + "خلال العام المقبل، مع تخفيض سعر التذكرة للطلاب.";

  private final byte[] marker;
  private final byte[] headline = (HEADLINE + " ").getBytes(StandardCharsets.UTF_8);
  private final String run;
  private final int readers;
  private final int warmup;
  private final int measured;
  private final long[] received;
  private final int[] lastSeq;
  final long[] sent;
  volatile long delivered;
  long duplicates;
  long outOfOrder;
  long corrupt;

  Deliveries(String run, int readers, int warmup, int measured) {
    this.run = run;
    this.marker = ("[akb:" + run + ":").getBytes(StandardCharsets.US_ASCII);
    this.readers = readers;
    this.warmup = warmup;
    this.measured = measured;
    this.received = new long[readers * measured];
    this.lastSeq = new int[readers];
    Arrays.fill(lastSeq, -1);
    this.sent = new long[warmup + measured];
  }

  /** The title of message seq (warm-up messages come first). */
  String title(int seq, long epochMicros) {
    return HEADLINE + " [akb:" + run + ":" + seq + ":" + epochMicros + "]";
  }

  long expected(int connected) {
    return (long) connected * measured;
  }

  @Override
  public void record(int reader, int seq, boolean garbled, long now) {
    if (seq < 0 || seq >= warmup + measured) {
      return;
    }
    if (seq < lastSeq[reader]) {
      outOfOrder++;
    }
    lastSeq[reader] = Math.max(lastSeq[reader], seq);
    if (seq < warmup) {
      return;
    }
    int slot = reader * measured + seq - warmup;
    if (received[slot] != 0) {
      duplicates++;
      return;
    }
    received[slot] = now;
    if (garbled) {
      corrupt++;
    }
    delivered++;
  }

  /** Latencies in microseconds (receive − send) of every measured delivery; call after the reader thread stopped. */
  long[] latenciesMicros() {
    long[] out = new long[(int) delivered];
    int k = 0;
    for (int r = 0; r < readers; r++) {
      for (int m = 0; m < measured; m++) {
        long at = received[r * measured + m];
        if (at != 0) {
          out[k++] = (at - sent[warmup + m]) / 1_000;
        }
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** Per message, the time until the last reader that got it had it (µs). */
  long[] fanOutMicros() {
    long[] out = new long[measured];
    for (int m = 0; m < measured; m++) {
      long last = 0;
      for (int r = 0; r < readers; r++) {
        last = Math.max(last, received[r * measured + m]);
      }
      out[m] = last == 0 ? -1 : (last - sent[warmup + m]) / 1_000;
    }
    return out;
  }

  @Override
  public int tokenAt(byte[] line, int len) {
    return EventMarks.indexOf(line, len, marker);
  }

  @Override
  public int seqAt(byte[] line, int at, int len) {
    int seq = 0;
    int i = at + marker.length;
    while (i < len && line[i] >= '0' && line[i] <= '9') {
      seq = seq * 10 + line[i++] - '0';
    }
    return i < len && line[i] == ':' ? seq : -1;
  }

  @Override
  public boolean titleBefore(byte[] line, int at) {
    int from = at - headline.length;
    return from >= 0 && Arrays.equals(line, from, at, headline, 0, headline.length);
  }
}
