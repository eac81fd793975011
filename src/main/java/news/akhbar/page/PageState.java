package news.akhbar.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import news.akhbar.article.Article;
import news.akhbar.editor.ConsoleRules;
import news.akhbar.json.Json;
import news.akhbar.latest.LiveStories;
import news.akhbar.latest.Page;
import news.akhbar.search.SearchRoutes;
import news.akhbar.topic.DisplayNames;

/**
 * What a page hands its scripts in JSON data blocks (not scripts: the CSP allows none inline), so that no rule is
 * written twice:
 * <ul>
 *   <li>the rules ({@value #RULES_ID}, on every page with a script): the page size, the breaking window, the topics'
 *   Arabic names, the date formats, the search, title and topic limits and the token pattern, taken from the Java that
 *   enforces them; webroot/rules.js reads them;</li>
 *   <li>the list a page was rendered with ({@value #LIST_ID}): the items without their bodies, the stream position
 *   they reflect (lastEventId) and the cursor of the next older page, as GET /api/v1/articles gives them.
 *   webroot/ticker.js starts from it without asking for the list again and opens the stream at lastEventId, so
 *   nothing falls between the page and the stream.</li>
 * </ul>
 */
final class PageState {

  static final String RULES_ID = "site-rules";
  static final String LIST_ID = "latest-state";
  /** Items on a page, and on every page the scripts load after it. */
  static final int PAGE_SIZE = 20;

  /** Sets of topic names whose rules text is kept: more than a few at once only while renames follow each other. */
  private static final int KEPT_RULES = 8;
  /** The rules text per set of topic names: the same for every page until a topic is renamed, so written once. */
  private static final Map<DisplayNames, String> RULES = new ConcurrentHashMap<>();

  private PageState() {
  }

  /** The rules as a data block's text, with keys in order, for the topic names the page is rendered with. */
  static String rules() {
    DisplayNames names = TopicNames.current();
    String done = RULES.get(names);
    if (done == null) {
      if (RULES.size() >= KEPT_RULES) {
        RULES.clear();
      }
      done = scriptSafe(Json.string(new TreeMap<>(rules(names.byTopic()))));
      RULES.put(names, done);
    }
    return done;
  }

  private static Map<String, Object> rules(Map<String, String> topicNames) {
    Map<String, Object> rules = new HashMap<>();
    rules.put("pageSize", PAGE_SIZE);
    rules.put("breakingWindowMillis", Headlines.BREAKING_FOR.toMillis());
    rules.put("topicNames", topicNames);
    rules.put("dates", ArabicDates.INTL);
    rules.put("searchMax", SearchRoutes.MAX_QUERY_CHARS);
    rules.put("liveHeadlineChars", EntryText.HEADLINE_CHARS);
    rules.putAll(ConsoleRules.asMap());
    return rules;
  }

  /**
   * The list's data block text.
   *
   * @param topic the topic shown, null for all
   * @param before the cursor this page starts after, null for the newest
   */
  static String list(String topic, String before, Page page, String next) {
    return list(topic, before, page, next, LiveStories.NONE);
  }

  /** The same, a live story's item with "live" and "liveUrl" as GET /api/v1/articles gives them. */
  static String list(String topic, String before, Page page, String next, LiveStories live) {
    List<Map<String, Object>> items = new ArrayList<>(page.items().size());
    for (Article a : page.items()) {
      Map<String, Object> item = Json.MAPPER.convertValue(a, Json.MAPPER.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, Object.class));
      item.remove("body");
      items.add(live.mark(item, a.id()));
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("topic", topic == null ? "" : topic);
    state.put("before", before);
    state.put("items", items);
    state.put("lastEventId", page.lastEventId());
    state.put("next", next);
    return scriptSafe(Json.string(state));
  }

  /**
   * Inside a script element the HTML parser ends the data at "</script" and treats "<!--" specially. JSON allows
   * a unicode escape for "<" in any string, so none is left at all: stricter than writing "</" as "<\/".
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
