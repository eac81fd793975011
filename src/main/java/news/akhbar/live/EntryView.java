package news.akhbar.live;

import java.time.Instant;

/**
 * One entry of a live coverage as readers and the stream see it; the body is sanitised HTML.
 *
 * @param title null when the entry has none
 */
public record EntryView(String id, String coverageId, String title, String body, Byline author, Instant publishedAt,
                        Instant updatedAt, boolean keyEvent, boolean pinned, boolean summary, String eventId) {

  /** Who wrote it, as readers see it. */
  public record Byline(String name) {}
}
