package news.akhbar.page;

import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.latest.LiveStories;
import news.akhbar.search.SearchRoutes;

/**
 * What src/main/jte/front.jte shows: the newest items of a topic (or an older page of them), or search results.
 *
 * @param feedQuery "" or "?topic=…", after the feeds' addresses
 * @param banner the breaking banner, null for none
 * @param lead the top story, null when the list is empty (or holds only the banner's story)
 * @param stories the secondary row, the topic sections and which items of the list they feature
 * @param newest whether this is the newest page (not an older one), where all topics get their sections
 * @param leadEmpty what shows in place of the lead when there is none
 * @param newestHref for readers without JavaScript on an older page: back to the newest, else null
 * @param olderHref the next older page, null when there is none
 * @param hits the search results (empty unless searching)
 * @param state the list's data block (PageState), null when searching
 * @param live the stories whose live coverage runs, marked with a link to their live page
 */
record FrontView(Head head, String canonical, String feedQuery, String q, Article banner, Article lead,
    List<Tab> tabs, String leadEmpty, String topic, List<Article> items, String newestHref, String olderHref,
    boolean searching, String resultsSummary, List<Hit> hits, String state, LiveStories live, FrontStories stories,
    boolean newest) {

  /** One topic tab: its address, its topic ("" for all), its label, and whether it is the one shown. */
  record Tab(String href, String topic, String label, boolean current) {
  }

  /** One search result: the article and its snippet's text, marked where it matched. */
  record Hit(Article article, List<ListItems.Part> snippet) {
  }

  int searchMax() {
    return SearchRoutes.MAX_QUERY_CHARS;
  }
}
