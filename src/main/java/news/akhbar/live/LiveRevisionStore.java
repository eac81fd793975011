package news.akhbar.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import news.akhbar.article.Author;
import news.akhbar.article.EventWriter;
import news.akhbar.json.Json;

/** The audit trail of live coverage: one live_revision row per change, committed with it (like article_revision). */
final class LiveRevisionStore {

  private LiveRevisionStore() {
  }

  /**
   * @param entryId null for a change of the coverage itself
   * @param kind start, end, create, update or delete
   */
  static Future<Void> record(SqlConnection conn, EventWriter.Next ev, long coverageId, Long entryId, Author author,
      String kind, Map<String, Map<String, Object>> changes) {
    return conn.preparedQuery("INSERT INTO live_revision (event_id, coverage_id, entry_id, editor_id, editor_name, "
            + "kind, changes, at) VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8)")
        .execute(Tuple.from(new Object[] {ev.id(), coverageId, entryId, author.editorId(), author.name(), kind,
            Json.string(changes), ev.offset()}))
        .mapEmpty();
  }

  /** Adds {from, to} under field when the values differ. */
  static void put(Map<String, Map<String, Object>> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("from", from);
      change.put("to", to);
      changes.put(field, change);
    }
  }
}
