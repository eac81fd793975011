package news.akhbar.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.latest.Page;
import news.akhbar.search.SearchHit;
import news.akhbar.article.Topic;
import news.akhbar.web.PathIds;

/**
 * Renders the front page (resources/page/front.html) as webroot/ticker.js, headlines.js and front.js would draw it:
 * the newest items of one topic or all (or an older page of them), the lead and the breaking banner, the topic
 * tabs, a plain link to the next older page for readers without JavaScript, and search results for ?q=.
 */
final class FrontPage {

  private static final String TITLE = "أخبار — أحدث الأخبار لحظة بلحظة";

  private final String template = Html.template("/page/front.html");
  /** Part of every ETag, so a deploy that changes the page is not answered with 304 from the old one. */
  final String version = Integer.toHexString(template.hashCode());

  /** The newest items (or those after query.before()), with their starting state for the script. */
  String latest(String origin, FrontQuery query, Page page, List<Topic> topics, Headlines headlines) {
    String topic = query.topic();
    String next = page.next(PageState.PAGE_SIZE);
    Map<String, String> v = common(topics, topic);
    v.put("title", Html.escape(topic == null ? TITLE : TopicNames.of(topic) + " — أخبار"));
    v.put("canonical", Html.escape(origin + query.address()));
    v.put("breaking", headlines.bannerHtml());
    v.put("lead", headlines.leadHtml());
    v.put("leadEmptyHidden", page.items().isEmpty() ? "" : " hidden");
    v.put("leadEmpty", emptyText(query));
    v.put("more", String.valueOf(next != null));
    v.put("items", ListItems.items(page.items()));
    v.put("moreHidden", next == null ? " hidden" : "");
    v.put("pager", pager(query, next));
    v.put("state", PageState.block(topic, query.before(), page, next));
    return Html.fill(template, v);
  }

  /** Search results for ?q= (hits null when the query was refused; then problem says why). */
  String search(String origin, String q, List<SearchHit> hits, String problem, List<Topic> topics) {
    Map<String, String> v = common(topics, null);
    v.put("robots", "\n  <meta name=\"robots\" content=\"noindex\">");
    v.put("title", Html.escape("نتائج البحث عن «" + q + "» — أخبار"));
    v.put("canonical", Html.escape(origin + "/?q=" + PathIds.encode(q)));
    v.put("q", Html.escape(q));
    v.put("latestHidden", " hidden");
    v.put("resultsHidden", "");
    v.put("resultsSummary", Html.escape(problem != null ? problem : hits.isEmpty() ? "لا توجد نتائج عن «" + q + "»."
        : "النتائج عن «" + q + "»: " + ArabicDates.digits(Integer.toString(hits.size()))));
    v.put("results", hits == null ? "" : ListItems.hits(hits));
    return Html.fill(template, v);
  }

  /** What every variant fills the same way: the tabs, and an empty list, lead and results. */
  private static Map<String, String> common(List<Topic> topics, String topic) {
    Map<String, String> v = new HashMap<>();
    v.put("robots", "");
    v.put("feedQuery", topic == null ? "" : "?topic=" + Html.escape(PathIds.encode(topic)));
    v.put("q", "");
    v.put("breaking", new Headlines(null, null, null).bannerHtml());
    v.put("tabs", tabs(topics, topic));
    v.put("lead", new Headlines(null, null, null).leadHtml());
    v.put("leadEmptyHidden", "");
    v.put("leadEmpty", "لا توجد أخبار منشورة بعد. ستظهر هنا فور نشرها.");
    v.put("latestHidden", "");
    v.put("topic", Html.escape(topic == null ? "" : topic));
    v.put("more", "false");
    v.put("items", "");
    v.put("moreHidden", " hidden");
    v.put("pager", "");
    v.put("resultsHidden", " hidden");
    v.put("resultsSummary", "");
    v.put("results", "");
    v.put("state", "");
    return v;
  }

  /** One tab for all, one per topic (busiest first), and one for a topic shown that has no live items. */
  private static String tabs(List<Topic> topics, String current) {
    List<String> names = new ArrayList<>();
    topics.forEach(t -> names.add(t.topic()));
    if (current != null && !names.contains(current)) {
      names.add(current);
    }
    StringBuilder out = new StringBuilder(tab("/", "", "الكل", current == null));
    for (String t : names) {
      out.append('\n').append(tab("/?topic=" + PathIds.encode(t), t, TopicNames.of(t), t.equals(current)));
    }
    return out.toString();
  }

  private static String tab(String href, String topic, String label, boolean current) {
    return "      <li><a href=\"" + Html.escape(href) + "\" data-topic=\"" + Html.escape(topic) + "\""
        + (current ? " aria-current=\"page\"" : "") + ">" + Html.escape(label) + "</a></li>";
  }

  private static String emptyText(FrontQuery query) {
    if (query.before() != null) {
      return "لا توجد أخبار أقدم من ذلك.";
    }
    return query.topic() == null ? "لا توجد أخبار منشورة بعد. ستظهر هنا فور نشرها."
        : "لا توجد أخبار في قسم «" + Html.escape(TopicNames.of(query.topic())) + "» حاليًا. ستظهر هنا فور نشرها.";
  }

  /** For readers without JavaScript, in place of infinite scroll: the next older page, and back to the newest. */
  private static String pager(FrontQuery query, String next) {
    List<String> links = new ArrayList<>();
    if (query.before() != null) {
      links.add("<a class=\"newest\" href=\"" + Html.escape(query.newest().address()) + "\">أحدث الأخبار</a>");
    }
    if (next != null) {
      links.add("<a class=\"older\" rel=\"next\" href=\"" + Html.escape(query.olderThan(next).address())
          + "\">أخبار أقدم</a>");
    }
    return links.isEmpty() ? "" : "<noscript><p class=\"pager\">" + String.join(" ", links) + "</p></noscript>";
  }

}
