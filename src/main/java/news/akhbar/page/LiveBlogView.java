package news.akhbar.page;

import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.live.CoverageView;
import news.akhbar.live.EntryView;

/**
 * What src/main/jte/live.jte shows: a coverage's live page.
 *
 * @param url the page's own address
 * @param locale Open Graph's locale for the article's language
 * @param section the topic's Arabic name
 * @param topicHref the front page of the article's topic
 * @param pinned the pinned entry, null for none
 * @param items the entries newest first, the pinned one left out (it shows on top)
 * @param keyEvents the key events' jump links, newest first
 * @param moreHref the page of older entries (for readers without JavaScript), null when there are none
 * @param jsonld schema.org LiveBlogPosting, safe inside a script element
 * @param state the data block webroot/live.js starts from (CoveragePage)
 */
record LiveBlogView(Head head, Article article, String url, String locale, String section, String topicHref,
    CoverageView coverage, EntryView pinned, List<EntryView> items, List<KeyLink> keyEvents, String moreHref,
    String jsonld, String state) {

  /** A key event in the box on top: a jump link to its entry. */
  record KeyLink(String id, String text, Instant at) {
  }
}
