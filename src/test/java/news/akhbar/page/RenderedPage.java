package news.akhbar.page;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Document;

/** What tests read from a page as the server rendered it: a list's ids and the state handed to ticker.js. */
final class RenderedPage {

  private RenderedPage() {
  }

  /** The data-id of each item of a list (#latest, #results), in order. */
  static List<String> ids(Document doc, String list) {
    return doc.select(list + " > li[data-id]").eachAttr("data-id");
  }

  /** The JSON data block ticker.js starts from. */
  static JsonObject state(Document doc) {
    return new JsonObject(doc.selectFirst("script#latest-state[type=application/json]").data());
  }
}
