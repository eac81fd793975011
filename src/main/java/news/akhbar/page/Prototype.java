package news.akhbar.page;

import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;

/**
 * The values the pages' {@code <template>}s are rendered with: every optional part present (badge, live mark,
 * excerpt or snippet, source), so that webroot/items.js and front.js clone the server's own markup and then fill it
 * with text or take parts away. The values themselves are always replaced.
 */
final class Prototype {

  static final Article ARTICLE = new Article("", "", "", "-", null, null, null, true, "-", Instant.EPOCH, null, null, null,
      null);
  static final List<ListItems.Part> SNIPPET = List.of();
  static final String LIVE_URL = "/";
  static final FrontView.Tab TAB = new FrontView.Tab("/", "", "", false);

  private Prototype() {
  }
}
