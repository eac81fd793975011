package news.akhbar.article;

import java.util.List;

/**
 * A list of articles read in one snapshot together with the newest event id at that moment, so a reader can open
 * the stream from lastEventId and miss nothing.
 */
public record Page(List<Article> items, String lastEventId) {
}
