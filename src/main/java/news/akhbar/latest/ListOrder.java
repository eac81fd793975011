package news.akhbar.latest;

import java.time.Instant;
import java.util.Comparator;
import news.akhbar.article.Article;

/** The list order, newest first: (published_at, id) descending, as the store's keyset pages use it. */
final class ListOrder {

  /** Below every article: a floor that says "everything is here". */
  static final Cursor BOTTOM = new Cursor(Instant.MIN, Long.MIN_VALUE);

  /** Newer first. */
  static final Comparator<Cursor> NEWEST_FIRST = Comparator.comparing(Cursor::publishedAt)
      .thenComparingLong(Cursor::id).reversed();

  private ListOrder() {
  }

  static Cursor of(Article a) {
    return Cursor.after(a);
  }

  /** True when the article is at or above the floor (not older than it). */
  static boolean atOrAbove(Article a, Cursor floor) {
    return floor == BOTTOM || NEWEST_FIRST.compare(of(a), floor) <= 0;
  }

  /** The lower of two floors (the one that covers more). */
  static Cursor lower(Cursor a, Cursor b) {
    return NEWEST_FIRST.compare(a, b) >= 0 ? a : b;
  }
}
