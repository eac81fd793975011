package news.akhbar.article;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import news.akhbar.fanout.History;
import news.akhbar.fanout.StreamEvent;

/**
 * The stream_event table read back: catch-up for the fan-out and replay for readers resuming a stream. It returns
 * facts only; the rules that judge them belong to their readers.
 */
public final class EventLog implements History {

  private static final String SELECT = "SELECT id, kind, topics, payload FROM stream_event ";

  /**
   * The log as a reader resuming after an id finds it, read in one round trip.
   *
   * @param head the newest event id
   * @param committedAt when the event resumed after (for 0: the first event) was committed; null when it is not there
   */
  public record ResumePoint(long head, Instant committedAt) {}

  private final Pool pool;

  public EventLog(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<List<StreamEvent>> after(long after, int limit) {
    return pool.preparedQuery(SELECT + "WHERE id > $1 ORDER BY id LIMIT $2").execute(Tuple.of(after, limit))
        .map(EventLog::events);
  }

  @Override
  public Future<Long> head() {
    return pool.query("SELECT last_id FROM event_counter").execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** The head and the resume point's commit time; whether the reader may resume is the ticker's rule to apply. */
  public Future<ResumePoint> resumePoint(long after) {
    return pool.preparedQuery("SELECT (SELECT last_id FROM event_counter) AS head, "
            + "(SELECT created_at FROM stream_event WHERE id = $1) AS at, "
            + "(SELECT created_at FROM stream_event WHERE id = 1) AS first_at")
        .execute(Tuple.of(Math.max(after, 1)))
        .map(rows -> {
          Row row = rows.iterator().next();
          OffsetDateTime at = row.getOffsetDateTime(after == 0 ? "first_at" : "at");
          return new ResumePoint(row.getLong("head"), at == null ? null : at.toInstant());
        });
  }

  /** At most limit events with ids in (after, upTo], in order, filtered by topics (null for all). */
  public Future<List<StreamEvent>> page(long after, long upTo, Set<String> topics, int limit) {
    if (topics == null) {
      return pool.preparedQuery(SELECT + "WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3")
          .execute(Tuple.of(after, upTo, limit)).map(EventLog::events);
    }
    return pool.preparedQuery(SELECT + "WHERE id > $1 AND id <= $2 AND topics && $3 ORDER BY id LIMIT $4")
        .execute(Tuple.of(after, upTo, topics.toArray(new String[0]), limit)).map(EventLog::events);
  }

  private static List<StreamEvent> events(RowSet<Row> rows) {
    List<StreamEvent> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(published(row));
    }
    return out;
  }

  /** One stream_event row (id, kind, topics, payload) as the event it logged. */
  public static StreamEvent published(Row row) {
    return new StreamEvent(row.getLong("id"), row.getString("kind"), Arrays.asList(row.getArrayOfStrings("topics")),
        row.getString("payload"));
  }
}
