package news.akhbar.page;

import io.vertx.core.MultiMap;
import news.akhbar.latest.Cursor;
import news.akhbar.latest.ListQueries;
import news.akhbar.latest.ListQuery;
import news.akhbar.web.PathIds;

/**
 * What the front page is asked for: ?topic= (one topic, as the API reads it: trimmed, lower case), ?before= (the
 * next cursor of a previous page) and ?q= (a search). Also a key the rendered page is kept under.
 *
 * @param topic null for all topics
 * @param before null for the newest page
 * @param q null unless searching
 */
record FrontQuery(String topic, String before, String q) {

  /** Null when ?before= is not a cursor this server made. */
  static FrontQuery of(MultiMap params) {
    String topic = params.get("topic");
    String before = params.get("before");
    String q = params.get("q");
    if (before != null && !before.isEmpty() && Cursor.decode(before) == null) {
      return null;
    }
    return new FrontQuery(ListQueries.blankToNull(topic),
        before == null || before.isEmpty() ? null : before, q == null || q.isBlank() ? null : q.strip());
  }

  ListQuery listQuery() {
    return new ListQuery(PageState.PAGE_SIZE, topic, null, null, before == null ? null : Cursor.decode(before));
  }

  FrontQuery newest() {
    return new FrontQuery(topic, null, null);
  }

  FrontQuery olderThan(String next) {
    return new FrontQuery(topic, next, null);
  }

  /** The page's path and query: /, /?topic=sports, /?before=…&topic=sports. */
  String address() {
    String query = (before == null ? "" : "&before=" + PathIds.encode(before))
        + (topic == null ? "" : "&topic=" + PathIds.encode(topic));
    return query.isEmpty() ? "/" : "/?" + query.substring(1);
  }
}
