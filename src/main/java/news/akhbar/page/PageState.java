package news.akhbar.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.latest.Page;
import news.akhbar.json.Json;

/**
 * The list a page was rendered with, handed to webroot/ticker.js in a JSON data block (not a script: the CSP
 * allows none inline): the items without their bodies, the stream position they reflect (lastEventId) and the
 * cursor of the next older page, as GET /api/v1/articles gives them. The script starts from it without asking for
 * the list again and opens the stream at lastEventId, so nothing falls between the page and the stream.
 */
final class PageState {

  static final String ELEMENT_ID = "latest-state";
  /** Items on a page: as many as ticker.js's PAGE_SIZE, so the script's next page follows on. */
  static final int PAGE_SIZE = 20;

  private PageState() {
  }


  /**
   * @param topic the topic shown, null for all
   * @param before the cursor this page starts after, null for the newest
   */
  static String block(String topic, String before, Page page, String next) {
    List<Map<String, Object>> items = new ArrayList<>(page.items().size());
    for (Article a : page.items()) {
      Map<String, Object> item = Json.MAPPER.convertValue(a, Json.MAPPER.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, Object.class));
      item.remove("body");
      items.add(item);
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("topic", topic == null ? "" : topic);
    state.put("before", before);
    state.put("items", items);
    state.put("lastEventId", page.lastEventId());
    state.put("next", next);
    return "<script type=\"application/json\" id=\"" + ELEMENT_ID + "\">"
        + NewsArticleLd.scriptSafe(Json.string(state)) + "</script>";
  }
}
