package news.akhbar.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.akhbar.latest.LiveStories;
import news.akhbar.latest.Page;
import news.akhbar.search.SearchHit;
import news.akhbar.article.Topic;
import news.akhbar.web.PathIds;

/**
 * Renders the front page (src/main/jte/front.jte) as webroot/ticker.js, headlines.js, stories.js and front.js would
 * draw it: the newest items of one topic or all (or an older page of them), the lead with its photo, the secondary
 * row and topic sections (FrontStories), the breaking banner, the topic
 * tabs, a plain link to the next older page for readers without JavaScript, and search results for ?q=; stories
 * whose live coverage runs are marked "مباشر" with a link to their live page.
 */
final class FrontPage {

  private static final String TITLE = "أخبار — أحدث الأخبار لحظة بلحظة";
  private static final String NOTHING_YET = "لا توجد أخبار منشورة بعد. ستظهر هنا فور نشرها.";

  private static final FrontStories NO_STORIES = new FrontStories(List.of(), List.of(), Set.of());

  /** Part of every ETag, so a deploy that changes the page is not answered with 304 from the old one. */
  final String version = Html.VERSION;

  /** The newest items (or those after query.before()), with their starting state for the script. */
  String latest(String origin, FrontQuery query, Page page, List<Topic> topics, Headlines headlines,
      LiveStories live) {
    String topic = query.topic();
    String next = page.next(PageState.PAGE_SIZE);
    Head head = Head.arabic(topic == null ? TITLE : TopicNames.of(topic) + " — أخبار", null, Head.READER_STYLES,
        "/front.js");
    return Html.render("front", new FrontView(head, origin + query.address(),
        topic == null ? "" : "?topic=" + PathIds.encode(topic), "", headlines.banner(), headlines.lead(),
        tabs(topics, topic), emptyText(query), topic == null ? "" : topic, page.items(),
        query.before() == null ? null : query.newest().address(),
        next == null ? null : query.olderThan(next).address(), false, "", List.of(),
        PageState.list(topic, query.before(), page, next, live), live,
        FrontStories.of(page.items(), headlines, topic == null && query.before() == null), query.before() == null));
  }

  /** Search results for ?q= (hits null when the query was refused; then problem says why). */
  String search(String origin, String q, List<SearchHit> hits, String problem, List<Topic> topics,
      LiveStories live) {
    Head head = Head.arabic("نتائج البحث عن «" + q + "» — أخبار", "noindex", Head.READER_STYLES, "/front.js");
    String summary = problem != null ? problem : hits.isEmpty() ? "لا توجد نتائج عن «" + q + "»."
        : "النتائج عن «" + q + "»: " + ArabicDates.digits(Integer.toString(hits.size()));
    List<FrontView.Hit> shown = new ArrayList<>();
    if (hits != null) {
      hits.forEach(hit -> shown.add(new FrontView.Hit(hit.article(), ListItems.snippet(hit.snippet()))));
    }
    return Html.render("front", new FrontView(head, origin + "/?q=" + PathIds.encode(q), "", q, null, null,
        tabs(topics, null), NOTHING_YET, "", List.of(), null, null, true, summary, shown, null, live,
        NO_STORIES, false));
  }

  /** One tab for all, one per topic (busiest first), and one for a topic shown that has no live items. */
  private static List<FrontView.Tab> tabs(List<Topic> topics, String current) {
    List<String> names = new ArrayList<>();
    topics.forEach(t -> names.add(t.topic()));
    if (current != null && !names.contains(current)) {
      names.add(current);
    }
    List<FrontView.Tab> tabs = new ArrayList<>();
    tabs.add(new FrontView.Tab("/", "", "الكل", current == null));
    for (String t : names) {
      tabs.add(new FrontView.Tab("/?topic=" + PathIds.encode(t), t, TopicNames.of(t), t.equals(current)));
    }
    return tabs;
  }

  private static String emptyText(FrontQuery query) {
    if (query.before() != null) {
      return "لا توجد أخبار أقدم من ذلك.";
    }
    return query.topic() == null ? NOTHING_YET
        : "لا توجد أخبار في قسم «" + TopicNames.of(query.topic()) + "» حاليًا. ستظهر هنا فور نشرها.";
  }
}
