package news.akhbar.ticker;

/**
 * The store's answer to a reader resuming a stream.
 *
 * @param resumable false when the reader's last id is unknown, in the future, outside the window or too far back:
 *     it must reload its list
 * @param head the newest event id when it was asked
 */
public record ResumeRule(boolean resumable, long head) {

  /**
   * The rule every resume is judged by, from the store or from memory: the resume point is not ahead of the head,
   * the gap fits the replay limit, and (once anything was published) the event resumed after, or for 0 the first
   * event, is still there and within the replay window.
   *
   * @param resumePointMillis when that event was committed (epoch ms); {@link #GONE} when it is not there
   * @param windowStartMillis the oldest commit time the replay window still covers
   */
  public static boolean resumable(long after, long head, long resumePointMillis, long windowStartMillis,
      int replayLimit) {
    if (after > head || head - after > replayLimit) {
      return false;
    }
    return head == 0 || (resumePointMillis != GONE && resumePointMillis >= windowStartMillis);
  }

  /** A resume point that is not there (never was, or removed). */
  public static final long GONE = Long.MIN_VALUE;
}
