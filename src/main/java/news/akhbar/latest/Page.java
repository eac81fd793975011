package news.akhbar.latest;

import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;

/**
 * A list of articles read in one snapshot together with the newest event id at that moment, so a reader can open
 * the stream from lastEventId and miss nothing.
 *
 * @param lastModified when that newest event was committed (null before the first one): the list's Last-Modified
 */
public record Page(List<Article> items, String lastEventId, Instant lastModified) {

  /** The cursor of the page after this one, or null when this one is the last (fewer items than asked for). */
  public String next(int limit) {
    return items.size() < limit ? null : Cursor.after(items.get(items.size() - 1)).encode();
  }
}
