package news.akhbar.article;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import news.akhbar.fanout.StreamEvent;

/**
 * The one way into the stream_event table, for every feature that writes to the stream. {@link #next} takes the
 * next id from the counter row, whose lock (held until commit) makes ids gap-free and in commit order; the event is
 * then inserted in the same transaction as the row change it announces.
 */
public final class EventWriter {

  static final String NEXT = "UPDATE event_counter SET last_id = last_id + 1 RETURNING last_id, "
      + "date_trunc('milliseconds', clock_timestamp()) AS at";

  /** An event id taken inside a transaction, and the time it stamps on everything that transaction writes. */
  public record Next(long id, OffsetDateTime offset) {

    static Next of(Row row) {
      return new Next(row.getLong("last_id"), row.getOffsetDateTime("at"));
    }

    public Instant at() {
      return offset.toInstant();
    }
  }

  private EventWriter() {
  }

  /** Takes the next event id; the counter row stays locked until the caller's transaction ends. */
  public static Future<Next> next(SqlConnection conn) {
    return conn.query(NEXT).execute().map(rows -> Next.of(rows.iterator().next()));
  }

  /**
   * Logs the event in the caller's transaction; articleId is the article it belongs to (null for an event of no
   * article: a topic's name).
   */
  public static Future<StreamEvent> insert(SqlConnection conn, Next ev, String kind, Long articleId,
      List<String> topics, String json) {
    return conn.preparedQuery("INSERT INTO stream_event (id, kind, article_id, topics, payload, created_at) "
            + "VALUES ($1, $2, $3, $4, $5, $6)")
        .execute(Tuple.of(ev.id(), kind, articleId, topics.toArray(new String[0]), json, ev.offset()))
        .map(r -> new StreamEvent(ev.id(), kind, topics, json));
  }
}
