package news.akhbar.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Author;
import news.akhbar.article.EventWriter;
import news.akhbar.article.Idempotency;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;

/**
 * The live_coverage table: starting and ending a coverage, each committed with its {@code coverage} event. A
 * coverage's row is the lock every write to it (and to its entries) takes first, so they apply one at a time.
 */
public final class CoverageStore {

  static final String COLUMNS = "c.id, c.article_id, a.slug, a.title, c.started_at, c.ended_at, c.event_id";
  static final String FROM = " FROM live_coverage c JOIN article a ON a.id = c.article_id ";

  private final Pool writes;

  /** @param writes the writers' pool (see ArticleStore): writes wait on the event counter's lock */
  public CoverageStore(Pool writes) {
    this.writes = writes;
  }

  /** Starts the article's coverage; refused when the article is unknown, retracted or already has one. */
  public Future<Changed<CoverageView>> start(long articleId, Author author, Idempotency key) {
    // the article's lock first; then a statement of its own, whose snapshot sees any coverage committed meanwhile
    return writes.withTransaction(conn -> conn.preparedQuery("SELECT slug, title, retracted_at FROM article "
            + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(articleId))
        .compose(rows -> {
          Row a = rows.size() == 0 ? null : rows.iterator().next();
          if (a == null || a.getValue("retracted_at") != null) {
            return Future.failedFuture(new LiveRefusal(LiveRefusal.Kind.NO_ARTICLE, "article not found"));
          }
          return conn.preparedQuery("SELECT (SELECT id FROM live_coverage WHERE article_id = $1) AS existing, "
                  + "nextval(pg_get_serial_sequence('live_coverage', 'id')) AS id").execute(Tuple.of(articleId))
              .compose(ids -> {
                Row next = ids.iterator().next();
                if (next.getValue("existing") != null) {
                  return Future.failedFuture(new LiveRefusal(LiveRefusal.Kind.ALREADY_LIVE,
                      "article " + articleId + " already has live coverage " + next.getLong("existing")));
                }
                return EventWriter.next(conn).compose(ev -> insert(conn, ev, next.getLong("id"), articleId, a,
                    author, key));
              });
        }));
  }

  private static Future<Changed<CoverageView>> insert(SqlConnection conn, EventWriter.Next ev, long id,
      long articleId, Row article, Author author, Idempotency key) {
    CoverageView view = new CoverageView(Long.toString(id), Long.toString(articleId), article.getString("slug"),
        article.getString("title"), true, ev.at(), null, Long.toString(ev.id()));
    Future<?> inserted = conn.preparedQuery("INSERT INTO live_coverage (id, article_id, started_at, event_id) "
        + "VALUES ($1, $2, $3, $4)").execute(Tuple.of(id, articleId, ev.offset(), ev.id()));
    return announce(conn, ev, view, author, "start", key, inserted);
  }

  /** Ends a running coverage; refused when it is unknown or already ended. */
  public Future<Changed<CoverageView>> end(long coverageId, Author author) {
    return writes.withTransaction(conn -> lock(conn, coverageId).compose(row -> {
      if (row.getValue("ended_at") != null) {
        return Future.failedFuture(new LiveRefusal(LiveRefusal.Kind.ENDED, "live coverage has ended"));
      }
      return EventWriter.next(conn).compose(ev -> {
        CoverageView old = view(row);
        CoverageView view = new CoverageView(old.id(), old.articleId(), old.slug(), old.title(), false,
            old.startedAt(), ev.at(), Long.toString(ev.id()));
        Future<?> ended = conn.preparedQuery("UPDATE live_coverage SET ended_at = $2, event_id = $3 WHERE id = $1")
            .execute(Tuple.of(coverageId, ev.offset(), ev.id()));
        return announce(conn, ev, view, author, "end", null, ended);
      });
    }));
  }

  private static Future<Changed<CoverageView>> announce(SqlConnection conn, EventWriter.Next ev, CoverageView view,
      Author author, String kind, Idempotency key, Future<?> written) {
    long id = Long.parseLong(view.id());
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    LiveRevisionStore.put(changes, "live", !view.live(), view.live());
    Future<Void> revised = LiveRevisionStore.record(conn, ev, id, null, author, kind, changes);
    Future<Void> remembered = key == null ? Future.succeededFuture()
        : key.record(conn, 201, "/api/v1/live/" + id, Json.string(view));
    Future<StreamEvent> event = EventWriter.insert(conn, ev, "coverage", Long.parseLong(view.articleId()),
        List.of(CoverageView.topic(id)), Json.string(Map.of("coverage", view)));
    return Future.all(written, revised, remembered, event).map(all -> new Changed<>(view, event.result()));
  }

  /**
   * Locks the coverage's row for the rest of the transaction; refused when there is no such coverage. The article's
   * row is key-share locked too, before the event counter: the event's foreign key takes that lock anyway, and
   * taking it after the counter would deadlock with an edit of the article (which locks the article, then the counter).
   */
  static Future<Row> lock(SqlConnection conn, long coverageId) {
    return conn.preparedQuery("SELECT " + COLUMNS + FROM + "WHERE c.id = $1 FOR UPDATE OF c FOR KEY SHARE OF a")
        .execute(Tuple.of(coverageId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(new LiveRefusal(LiveRefusal.Kind.NO_COVERAGE, "live coverage not found"))
            : Future.succeededFuture(rows.iterator().next()));
  }

  /** A row of {@link #COLUMNS}. */
  static CoverageView view(Row row) {
    OffsetDateTime ended = row.getOffsetDateTime("ended_at");
    return new CoverageView(Long.toString(row.getLong("id")), Long.toString(row.getLong("article_id")),
        row.getString("slug"), row.getString("title"), ended == null,
        row.getOffsetDateTime("started_at").toInstant(), ended == null ? null : ended.toInstant(),
        Long.toString(row.getLong("event_id")));
  }
}
