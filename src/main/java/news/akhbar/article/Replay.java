package news.akhbar.article;

import java.util.List;
import news.akhbar.fanout.Published;

/**
 * The answer to a reader resuming a stream.
 *
 * @param resumable false when the reader's last id is unknown, in the future, outside the window or too far back:
 *     it must reload its list
 * @param head the newest event id when the replay was read
 * @param missed the events after the reader's id up to head, in order (empty on reset)
 */
public record Replay(boolean resumable, long head, List<Published> missed) {

  static Replay reset(long head) {
    return new Replay(false, head, List.of());
  }
}
