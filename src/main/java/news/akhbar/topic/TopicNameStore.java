package news.akhbar.topic;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.akhbar.article.Author;
import news.akhbar.article.EventWriter;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;

/**
 * The topic_name table: the names as start-up reads them, and an editor's change written with its audit row
 * (topic_name_revision) and its stream event ('topic-name') in one transaction, so the event's id orders it among
 * every other write and no instance can miss it.
 */
public final class TopicNameStore {

  /** The names as one statement saw them, and the last event id committed by then: events after it are news. */
  public record Loaded(long head, DisplayNames names) {}

  /** Rolls back a reset of a topic that had no name: its event id is given back, so ids stay without holes. */
  private static final class Unnamed extends RuntimeException {
    Unnamed() {
      super(null, null, false, false);
    }
  }

  private static final String REVISION = "INSERT INTO topic_name_revision (event_id, topic, editor_id, editor_name, "
      + "name_from, name_to, at) ";

  private final Pool reads;
  private final Pool writes;

  public TopicNameStore(Pool reads, Pool writes) {
    this.reads = reads;
    this.writes = writes;
  }

  /** Every name and the stream's head, read in one statement (one snapshot). */
  public Future<Loaded> load() {
    return reads.query("SELECT c.last_id AS head, n.topic, n.name FROM event_counter c "
        + "LEFT JOIN topic_name n ON TRUE").execute().map(rows -> {
          long head = 0;
          Map<String, String> names = new HashMap<>();
          for (Row row : rows) {
            head = row.getLong("head");
            if (row.getString("topic") != null) {
              names.put(row.getString("topic"), row.getString("name"));
            }
          }
          return new Loaded(head, new DisplayNames(names));
        });
  }

  /** Gives the topic this name (a new one or a change), with the audit row and the event. */
  public Future<StreamEvent> rename(String topic, String name, Author author) {
    return writes.withTransaction(conn -> EventWriter.next(conn).compose(ev -> conn.preparedQuery(
            "WITH old AS (SELECT name FROM topic_name WHERE topic = $1), "
                + "up AS (INSERT INTO topic_name (topic, name, updated_at) VALUES ($1, $2, $3) "
                + "ON CONFLICT (topic) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at) "
                + REVISION + "SELECT $4, $1, $5, $6, (SELECT name FROM old), $2, $3")
        .execute(Tuple.from(new Object[] {topic, name, ev.offset(), ev.id(), author.editorId(), author.name()}))
        .compose(done -> event(conn, ev, topic, name))));
  }

  /** Takes the topic's name away (it shows as written again); empty when it had none. */
  public Future<Optional<StreamEvent>> reset(String topic, Author author) {
    return writes.withTransaction(conn -> EventWriter.next(conn).compose(ev -> conn.preparedQuery(
            "WITH gone AS (DELETE FROM topic_name WHERE topic = $1 RETURNING name) "
                + REVISION + "SELECT $2, $1, $3, $4, name, NULL, $5 FROM gone")
        .execute(Tuple.from(new Object[] {topic, ev.id(), author.editorId(), author.name(), ev.offset()}))
        .compose(done -> done.rowCount() == 0 ? Future.<StreamEvent>failedFuture(new Unnamed())
            : event(conn, ev, topic, null))))
        .map(Optional::of)
        .recover(err -> err instanceof Unnamed ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(err));
  }

  private static Future<StreamEvent> event(SqlConnection conn, EventWriter.Next ev, String topic, String name) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("topic", topic);
    payload.put("name", name);
    return EventWriter.insert(conn, ev, NamedTopics.EVENT, null, List.of(topic), Json.string(payload));
  }
}
