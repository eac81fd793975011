package news.akhbar.page;

import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.article.Photo;

/**
 * The values the pages' {@code <template>}s are rendered with: every optional part present (badge, live mark,
 * excerpt or snippet, source), so that webroot/items.js and front.js clone the server's own markup and then fill it
 * with text or take parts away. The values themselves are always replaced.
 */
final class Prototype {

  static final Article ARTICLE = new Article("", "", "", "-", null, null, null, true, "-", Instant.EPOCH, null, null, null,
      null);
  static final Photo PHOTO = new Photo("", 4, 3, "", null, null, List.of(new Photo.Size(4, 3, "/favicon.svg")));
  static final Article CARD = ARTICLE.withPhoto(PHOTO);
  static final FrontStories.Section SECTION = new FrontStories.Section("", "", "/", List.of());
  static final List<ListItems.Part> SNIPPET = List.of();
  static final String LIVE_URL = "/";
  static final FrontView.Tab TAB = new FrontView.Tab("/", "", "", false);

  private Prototype() {
  }
}
