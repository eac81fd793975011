package news.akhbar.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Author;
import news.akhbar.article.EventWriter;
import news.akhbar.article.Idempotency;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;

/**
 * The live_entry table: adding, changing and deleting entries, each committed with its event ({@code entry},
 * {@code entry-update}, {@code entry-delete}) and audit row. Every write locks its coverage's row first, then reads
 * the entries in a statement of its own (which sees every write committed before the lock was granted); so a pin
 * knows the entry it takes the pin from, and two pins, from any instances, apply one after the other.
 */
public final class EntryStore {

  static final String COLUMNS = "e.id, e.coverage_id, e.title, e.body, e.editor_name, e.published_at, "
      + "e.updated_at, e.key_event, e.pinned, e.summary, e.event_id";
  private static final String PINNED = "(SELECT id FROM live_entry WHERE coverage_id = $1 AND pinned "
      + "AND deleted_at IS NULL) AS pinned_id";

  private final Pool writes;

  /** @param writes the writers' pool (see ArticleStore): writes wait on the event counter's lock */
  public EntryStore(Pool writes) {
    this.writes = writes;
  }

  /** Adds an entry to a running coverage; a pinned one takes the pin from the entry that had it. */
  public Future<Changed<EntryView>> add(long coverageId, NewEntry e, Author author, Idempotency key) {
    return writes.withTransaction(conn -> CoverageStore.lock(conn, coverageId).compose(coverage -> {
      if (coverage.getValue("ended_at") != null) {
        return Future.failedFuture(new LiveRefusal(LiveRefusal.Kind.ENDED, "live coverage has ended"));
      }
      return conn.preparedQuery("SELECT nextval(pg_get_serial_sequence('live_entry', 'id')) AS id, " + PINNED)
          .execute(Tuple.of(coverageId))
          .compose(rows -> EventWriter.next(conn).compose(ev -> {
            Row state = rows.iterator().next();
            long id = state.getLong("id");
            EntryView view = new EntryView(Long.toString(id), Long.toString(coverageId), e.title(), e.body(),
                new EntryView.Byline(author.name()), ev.at(), ev.at(), e.keyEvent(), e.pinned(), e.summary(),
                Long.toString(ev.id()));
            Long unpinned = e.pinned() ? state.getLong("pinned_id") : null;
            Future<?> unpin = unpin(conn, unpinned, ev);
            Future<?> inserted = conn.preparedQuery("INSERT INTO live_entry (id, coverage_id, title, body, "
                    + "editor_id, editor_name, key_event, pinned, summary, published_at, updated_at, event_id) "
                    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)")
                .execute(Tuple.from(new Object[] {id, coverageId, e.title(), e.body(), author.editorId(),
                    author.name(), e.keyEvent(), e.pinned(), e.summary(), ev.offset(), ev.id()}));
            Future<Void> remembered = key == null ? Future.succeededFuture()
                : key.record(conn, 201, "/api/v1/live/" + coverageId + "/entries/" + id, Json.string(view));
            Future<Changed<EntryView>> logged = log(conn, ev, coverage, author, "create", diff(null, view),
                view, unpinned);
            return Future.all(unpin, inserted, remembered, logged).map(all -> logged.result());
          }));
    }));
  }

  /** Changes an entry that is not deleted; pinning it unpins the entry that had the pin. */
  public Future<Changed<EntryView>> change(long coverageId, long entryId, EntryPatch patch, Author author) {
    return writes.withTransaction(conn -> current(conn, coverageId, entryId).compose(found -> {
      Row state = found.state();
      return EventWriter.next(conn).compose(ev -> {
        EntryView old = view(state);
        EntryView now = patch.applied(old, ev);
        Long unpinned = now.pinned() && !old.pinned() ? state.getLong("pinned_id") : null;
        Future<?> unpin = unpin(conn, unpinned, ev);
        Future<?> updated = conn.preparedQuery("UPDATE live_entry SET title = $2, body = $3, key_event = $4, "
                + "pinned = $5, summary = $6, updated_at = $7, event_id = $8 WHERE id = $1")
            .execute(Tuple.from(new Object[] {entryId, now.title(), now.body(), now.keyEvent(), now.pinned(),
                now.summary(), ev.offset(), ev.id()}));
        Future<Changed<EntryView>> logged = log(conn, ev, found.coverage(), author, "update",
            diff(old, now), now, unpinned);
        return Future.all(unpin, updated, logged).map(all -> logged.result());
      });
    }));
  }

  /** Deletes an entry: its row stays as a tombstone (deleted_at), which no read returns again. */
  public Future<Changed<String>> delete(long coverageId, long entryId, Author author) {
    return writes.withTransaction(conn -> current(conn, coverageId, entryId).compose(found ->
        EventWriter.next(conn).compose(ev -> {
          Future<?> deleted = conn.preparedQuery("UPDATE live_entry SET deleted_at = $2, updated_at = $2, "
              + "event_id = $3 WHERE id = $1").execute(Tuple.of(entryId, ev.offset(), ev.id()));
          Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
          LiveRevisionStore.put(changes, "deleted", false, true);
          Future<Void> revised = LiveRevisionStore.record(conn, ev, coverageId, entryId, author, "delete", changes);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("id", Long.toString(entryId));
          payload.put("coverageId", Long.toString(coverageId));
          payload.put("eventId", Long.toString(ev.id()));
          Future<StreamEvent> event = EventWriter.insert(conn, ev, "entry-delete", articleOf(found.coverage()),
              List.of(CoverageView.topic(coverageId)), Json.string(payload));
          return Future.all(deleted, revised, event)
              .map(all -> new Changed<>(Long.toString(entryId), event.result()));
        })));
  }

  private record Found(Row coverage, Row state) {}

  /** Locks the coverage, then reads the entry (not deleted) and the pinned entry's id; refused when either is gone. */
  private static Future<Found> current(SqlConnection conn, long coverageId, long entryId) {
    return CoverageStore.lock(conn, coverageId).compose(coverage -> conn.preparedQuery("SELECT " + COLUMNS + ", "
            + PINNED + " FROM live_entry e WHERE e.id = $2 AND e.coverage_id = $1 AND e.deleted_at IS NULL")
        .execute(Tuple.of(coverageId, entryId))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(new LiveRefusal(LiveRefusal.Kind.NO_ENTRY, "live entry not found"))
            : Future.succeededFuture(new Found(coverage, rows.iterator().next()))));
  }

  private static Future<?> unpin(SqlConnection conn, Long entryId, EventWriter.Next ev) {
    return entryId == null ? Future.succeededFuture() : conn.preparedQuery("UPDATE live_entry SET pinned = FALSE, "
        + "updated_at = $2, event_id = $3 WHERE id = $1").execute(Tuple.of(entryId, ev.offset(), ev.id()));
  }

  /** The audit row and the event of an entry's creation or change ({"entry", "unpinned"}). */
  private static Future<Changed<EntryView>> log(SqlConnection conn, EventWriter.Next ev, Row coverage,
      Author author, String kind, Map<String, Map<String, Object>> changes, EntryView view, Long unpinned) {
    long coverageId = coverage.getLong("id");
    if (unpinned != null) {
      LiveRevisionStore.put(changes, "unpinned", Long.toString(unpinned), null);
    }
    Future<Void> revised = LiveRevisionStore.record(conn, ev, coverageId, Long.parseLong(view.id()), author,
        kind, changes);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("entry", view);
    payload.put("unpinned", unpinned == null ? null : Long.toString(unpinned));
    Future<StreamEvent> event = EventWriter.insert(conn, ev, kind.equals("create") ? "entry" : "entry-update",
        articleOf(coverage), List.of(CoverageView.topic(coverageId)), Json.string(payload));
    return Future.all(revised, event).map(all -> new Changed<>(view, event.result()));
  }

  /** Each field that differs between the two versions (null old for a creation). */
  private static Map<String, Map<String, Object>> diff(EntryView old, EntryView now) {
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    LiveRevisionStore.put(changes, "title", old == null ? null : old.title(), now.title());
    LiveRevisionStore.put(changes, "body", old == null ? null : old.body(), now.body());
    LiveRevisionStore.put(changes, "keyEvent", old == null ? null : old.keyEvent(), now.keyEvent());
    LiveRevisionStore.put(changes, "pinned", old == null ? null : old.pinned(), now.pinned());
    LiveRevisionStore.put(changes, "summary", old == null ? null : old.summary(), now.summary());
    return changes;
  }

  private static long articleOf(Row coverage) {
    return coverage.getLong("article_id");
  }

  /** A row of {@link #COLUMNS}. */
  static EntryView view(Row row) {
    return new EntryView(Long.toString(row.getLong("id")), Long.toString(row.getLong("coverage_id")),
        row.getString("title"), row.getString("body"), new EntryView.Byline(row.getString("editor_name")),
        row.getOffsetDateTime("published_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant(),
        row.getBoolean("key_event"), row.getBoolean("pinned"), row.getBoolean("summary"),
        Long.toString(row.getLong("event_id")));
  }
}
