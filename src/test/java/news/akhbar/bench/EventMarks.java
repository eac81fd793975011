package news.akhbar.bench;

/**
 * What a stream reader looks for in each event's first data line: a marker followed by a sequence number, with a
 * known text right before it, and where each complete marked event is counted. Called on the reader thread only.
 */
interface EventMarks {

  /** Where the marker starts in the line, or -1. */
  int tokenAt(byte[] line, int len);

  /** The sequence number after the marker found at {@code at}, or -1 when it is malformed. */
  int seqAt(byte[] line, int at, int len);

  /** Whether the expected text stands right before the marker, byte for byte. */
  boolean titleBefore(byte[] line, int at);

  /** One complete event carrying sequence number seq (garbled: the text before its marker was not intact). */
  void record(int reader, int seq, boolean garbled, long now);

  /** Where marker starts in the first len bytes of line, or -1. */
  static int indexOf(byte[] line, int len, byte[] marker) {
    outer:
    for (int i = 0; i + marker.length <= len; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (line[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
