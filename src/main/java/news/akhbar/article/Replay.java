package news.akhbar.article;

/**
 * The store's answer to a reader resuming a stream.
 *
 * @param resumable false when the reader's last id is unknown, in the future, outside the window or too far back:
 *     it must reload its list
 * @param head the newest event id when it was asked
 */
public record Replay(boolean resumable, long head) {
}
