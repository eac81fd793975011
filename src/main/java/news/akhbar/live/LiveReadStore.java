package news.akhbar.live;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.akhbar.article.EventLog;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.latest.Cursor;

/** The readers' side of live coverage: a coverage with a page of its entries, key events, one entry, and its events. */
public final class LiveReadStore {

  /**
   * A page of a coverage's entries as of one event.
   *
   * @param pinned null when no entry is pinned
   * @param next the position after the last item, null when there are no more
   * @param lastEventId the newest event the page shows: resume the stream from here
   */
  public record LivePage(CoverageView coverage, EntryView pinned, List<EntryView> items, Cursor next,
                         long lastEventId) {}

  private static final String ENTRIES = "SELECT " + EntryStore.COLUMNS + " FROM live_entry e "
      + "WHERE e.coverage_id = $1 AND e.deleted_at IS NULL ";

  private final Pool pool;
  private final EventLog events;

  public LiveReadStore(Pool pool, EventLog events) {
    this.pool = pool;
    this.events = events;
  }

  /** Empty when there is no such coverage; the reads share one snapshot, so the page matches its lastEventId. */
  public Future<Optional<LivePage>> page(long coverageId, boolean oldest, int limit, Cursor from) {
    return pool.withTransaction(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute().compose(v -> page(conn, coverageId, oldest, limit, from)));
  }

  private static Future<Optional<LivePage>> page(SqlConnection conn, long coverageId, boolean oldest, int limit,
      Cursor from) {
    Future<RowSet<Row>> coverage = conn.preparedQuery("SELECT " + CoverageStore.COLUMNS
        + ", (SELECT last_id FROM event_counter) AS head" + CoverageStore.FROM + "WHERE c.id = $1")
        .execute(Tuple.of(coverageId));
    Future<RowSet<Row>> pinned = conn.preparedQuery(ENTRIES + "AND e.pinned").execute(Tuple.of(coverageId));
    String order = oldest ? "ASC" : "DESC";
    String after = from == null ? "" : "AND (e.published_at, e.id) " + (oldest ? ">" : "<") + " ($3, $4) ";
    Tuple args = from == null ? Tuple.of(coverageId, limit + 1)
        : Tuple.of(coverageId, limit + 1, from.publishedAt().atOffset(ZoneOffset.UTC), from.id());
    Future<RowSet<Row>> items = conn.preparedQuery(ENTRIES + after + "ORDER BY e.published_at " + order + ", e.id "
        + order + " LIMIT $2").execute(args);
    return Future.all(coverage, pinned, items).map(all -> {
      if (coverage.result().size() == 0) {
        return Optional.empty();
      }
      Row c = coverage.result().iterator().next();
      List<EntryView> page = entries(items.result());
      Cursor next = null;
      if (page.size() > limit) {
        page = page.subList(0, limit);
        EntryView last = page.get(limit - 1);
        next = new Cursor(last.publishedAt(), Long.parseLong(last.id()));
      }
      List<EntryView> pins = entries(pinned.result());
      return Optional.of(new LivePage(CoverageStore.view(c), pins.isEmpty() ? null : pins.get(0), page, next,
          c.getLong("head")));
    });
  }


  /**
   * A coverage's page as its live page shows it: the page of entries and the key events, from one snapshot.
   *
   * @param keyEvents newest first
   */
  public record SlugPage(LivePage page, List<EntryView> keyEvents) {}

  /**
   * The coverage of the article with this slug, newest entries first from a cursor (null for the newest), with its
   * key events (at most keyLimit, none asked for with 0); empty when the article has no coverage or was retracted.
   */
  public Future<Optional<SlugPage>> bySlug(String slug, int limit, Cursor from, int keyLimit) {
    return pool.withTransaction(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute().compose(v -> conn.preparedQuery("SELECT c.id" + CoverageStore.FROM
            + "WHERE a.slug = $1 AND a.retracted_at IS NULL")
            .execute(Tuple.of(slug)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<SlugPage>empty());
          }
          long id = rows.iterator().next().getLong("id");
          Future<Optional<LivePage>> page = page(conn, id, false, limit, from);
          Future<List<EntryView>> keys = keyLimit == 0 ? Future.succeededFuture(List.of())
              : conn.preparedQuery(ENTRIES + "AND e.key_event ORDER BY e.published_at DESC, e.id DESC LIMIT $2")
                  .execute(Tuple.of(id, keyLimit)).map(LiveReadStore::entries);
          return Future.all(page, keys).map(both -> page.result()
              .map(found -> new SlugPage(found, keys.result())));
        }));
  }

  /** The coverages, newest started first (at most limit): the running ones and those that ended. */
  public Future<List<CoverageView>> coverages(int limit) {
    return pool.preparedQuery("SELECT " + CoverageStore.COLUMNS + CoverageStore.FROM
            + "ORDER BY c.started_at DESC, c.id DESC LIMIT $1").execute(Tuple.of(limit))
        .map(rows -> {
          List<CoverageView> out = new ArrayList<>(rows.size());
          rows.forEach(row -> out.add(CoverageStore.view(row)));
          return out;
        });
  }

  /** The coverage's key events, newest first (at most limit); empty when there is no such coverage. */
  public Future<Optional<List<EntryView>>> keyEvents(long coverageId, int limit) {
    return pool.preparedQuery("SELECT c.id AS coverage, e.* FROM live_coverage c LEFT JOIN LATERAL (" + ENTRIES
            .replace("$1", "c.id") + "AND e.key_event ORDER BY e.published_at DESC, e.id DESC LIMIT $2) e ON TRUE "
            + "WHERE c.id = $1").execute(Tuple.of(coverageId, limit))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          List<EntryView> out = new ArrayList<>();
          rows.forEach(row -> {
            if (row.getValue("id") != null) {
              out.add(EntryStore.view(row));
            }
          });
          return Optional.of(out);
        });
  }

  /** One entry that is not deleted. */
  public Future<Optional<EntryView>> entry(long coverageId, long entryId) {
    return pool.preparedQuery(ENTRIES + "AND e.id = $2").execute(Tuple.of(coverageId, entryId))
        .map(rows -> rows.size() == 0 ? Optional.<EntryView>empty()
            : Optional.of(EntryStore.view(rows.iterator().next())));
  }

  /**
   * The events of a coverage after an event id, at most limit.
   *
   * @param reset true when events after since may be gone (pruned by retention): none are listed, and the reader
   *     reloads the coverage instead
   */
  public record Changes(List<StreamEvent> events, boolean reset) {}

  /** The coverage's events after an event id, oldest first (at most limit); empty when there is no such coverage. */
  public Future<Optional<Changes>> changes(long coverageId, long since, int limit) {
    return pool.preparedQuery("SELECT (SELECT min(id) FROM stream_event) AS oldest FROM live_coverage WHERE id = $1")
        .execute(Tuple.of(coverageId))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.empty());
          }
          Long oldest = rows.iterator().next().getLong("oldest");
          if (oldest != null && since + 1 < oldest) {
            return Future.succeededFuture(Optional.of(new Changes(List.of(), true)));
          }
          return events.page(since, Long.MAX_VALUE, Set.of(CoverageView.topic(coverageId)), limit)
              .map(list -> Optional.of(new Changes(list, false)));
        });
  }

  private static List<EntryView> entries(RowSet<Row> rows) {
    List<EntryView> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(EntryStore.view(row)));
    return out;
  }
}
