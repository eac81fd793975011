package news.akhbar.ticker;

import java.time.Duration;

/**
 * The rule every resume is judged by, whether the replay ring or the store answers it: the resume point is not
 * ahead of the head, the gap fits the replay limit, and (once anything was published) the event resumed after, or
 * for 0 the first event, is still there and within the replay window. A reader the rule refuses gets a reset and
 * reloads its list.
 */
public final class ResumeRule {

  /** A resume point that is not there (never was, or removed). */
  public static final long GONE = Long.MIN_VALUE;

  private final Duration window;
  private final int replayLimit;

  /**
   * @param window how old a resume point may be (AKHBAR_REPLAY_WINDOW)
   * @param replayLimit the most events one resume may replay (AKHBAR_REPLAY_LIMIT)
   */
  public ResumeRule(Duration window, int replayLimit) {
    this.window = window;
    this.replayLimit = replayLimit;
  }

  /**
   * @param after the id the reader resumes after
   * @param head the newest event id
   * @param resumePointMillis when the event resumed after (for 0: the first event) was committed, epoch ms;
   *     {@link #GONE} when it is not there
   * @param nowMillis the clock the window is measured from
   */
  public boolean allows(long after, long head, long resumePointMillis, long nowMillis) {
    if (after > head || head - after > replayLimit) {
      return false;
    }
    return head == 0 || (resumePointMillis != GONE && resumePointMillis >= nowMillis - window.toMillis());
  }
}
