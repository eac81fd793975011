package news.akhbar.retention;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import news.akhbar.article.Idempotency;

/**
 * Removes what has outlived its use. Stream events older than the replay window: a reader resuming from one gets a
 * reset anyway, and the ticker's ResumeRule treats a resume point that is gone the same way. They go as a prefix of
 * ids, so a resume point that is kept always has every event after it; the newest event is always kept (it dates
 * the head). Idempotency-Key answers older than 24 hours, which are no longer given back. Articles and their audit
 * trail (article_revision) are kept.
 *
 * <p>One pass runs on one instance at a time, under a session advisory lock; each batch is a statement of its own,
 * so no row lock is held for longer than one bounded delete.
 */
public final class RetentionStore {

  /** The advisory lock a pass holds: 7019819215938024052 (pg_locks: classid 1634429026, objid 1634890356). */
  public static final long LOCK = 0x616b_6862_6172_7274L;

  private final Pool pool;
  private final int batch;
  private final int maxBatches;

  /**
   * @param batch rows removed per statement
   * @param maxBatches statements per table and pass; what remains waits for the next pass
   */
  public RetentionStore(Pool pool, int batch, int maxBatches) {
    this.pool = pool;
    this.batch = batch;
    this.maxBatches = maxBatches;
  }

  /** What one pass removed. */
  public record Pruned(long events, long upToEventId, long idempotencyKeys, int statements) {
  }

  /** One pass; empty when another instance holds the lock (it is doing the same). */
  public Future<Optional<Pruned>> prune(Duration replayWindow) {
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(replayWindow);   // the ResumeRule's clock
    return pool.withConnection(conn -> conn.query("SELECT pg_try_advisory_lock(" + LOCK + ") AS locked").execute()
        .compose(rows -> !rows.iterator().next().getBoolean("locked") ? Future.succeededFuture(Optional.empty())
            : pass(conn, cutoff).map(Optional::of)
                .eventually(() -> conn.query("SELECT pg_advisory_unlock(" + LOCK + ")").execute())));
  }

  private Future<Pruned> pass(SqlConnection conn, OffsetDateTime cutoff) {
    // least() skips a null: with no old event the bound is 0, not the head
    return conn.preparedQuery("SELECT CASE WHEN old.id IS NULL THEN 0 ELSE greatest(least(old.id, c.last_id - 1), 0) "
            + "END AS up_to FROM event_counter c "
            + "LEFT JOIN (SELECT id FROM stream_event WHERE created_at < $1 ORDER BY created_at DESC, id DESC LIMIT 1) "
            + "old ON TRUE")
        .execute(Tuple.of(cutoff))
        .compose(rows -> {
          long upTo = rows.iterator().next().getLong("up_to");
          Future<long[]> events = repeat(conn, "DELETE FROM stream_event WHERE id IN (SELECT id FROM stream_event "
              + "WHERE id <= $1 ORDER BY id LIMIT $2)", Tuple.of(upTo, batch), new long[2]);
          return events.compose(ev -> repeat(conn, "DELETE FROM idempotency_key WHERE (principal, key) IN "
                  + "(SELECT principal, key FROM idempotency_key WHERE created_at <= now() - " + Idempotency.KEPT
                  + " ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)", Tuple.of(batch), new long[2])
              .map(keys -> new Pruned(ev[0], upTo, keys[0], (int) (ev[1] + keys[1]))));
        });
  }

  /** Runs a bounded delete until it removes less than a batch or the pass's share is used; {removed, statements}. */
  private Future<long[]> repeat(SqlConnection conn, String sql, Tuple args, long[] done) {
    return conn.preparedQuery(sql).execute(args).compose(rows -> {
      done[0] += rows.rowCount();
      done[1]++;
      return rows.rowCount() < batch || done[1] >= maxBatches ? Future.succeededFuture(done)
          : repeat(conn, sql, args, done);
    });
  }
}
