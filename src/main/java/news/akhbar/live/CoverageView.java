package news.akhbar.live;

import java.time.Instant;
import news.akhbar.ticker.StreamTopics;

/**
 * A live coverage as readers and the stream see it: the article it tells (id, slug, title), whether it is still
 * running, and the event of its last change. Ids travel as strings.
 *
 * @param endedAt null while it runs
 */
public record CoverageView(String id, String articleId, String slug, String title, boolean live, Instant startedAt,
                           Instant endedAt, String eventId) {

  /** The topic its events carry, which {@code /api/v1/stream?coverage=<id>} filters on. */
  public static String topic(long coverageId) {
    return StreamTopics.coverage(coverageId);
  }
}
