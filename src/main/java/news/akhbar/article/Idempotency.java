package news.akhbar.article;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;

/**
 * An Idempotency-Key sent with a POST: the writer, the key and a hash of the request body. The first answer is
 * stored with the write it answers (same transaction) and given back to any retry within 24 hours.
 */
public record Idempotency(String principal, String key, byte[] requestHash) {

  /** How long a first answer is given back, and kept (see {@link RetentionStore}). */
  public static final String KEPT = "interval '24 hours'";
  private static final String FRESH = "created_at > now() - " + KEPT;

  /** The first answer to this writer's key, if one was committed within 24 hours. */
  static Future<Optional<StoredReply>> find(Pool pool, Idempotency k) {
    return pool.preparedQuery("SELECT request_hash, status, location, body FROM idempotency_key "
            + "WHERE principal = $1 AND key = $2 AND " + FRESH)
        .execute(Tuple.of(k.principal(), k.key()))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row r = rows.iterator().next();
          return Optional.of(new StoredReply(r.getBuffer("request_hash").getBytes(), r.getInteger("status"),
              r.getString("location"), r.getString("body")));
        });
  }

  /**
   * Records the answer inside the write's transaction. Fails with {@link DuplicateRequest} (rolling the write back)
   * when the key already answered another request within 24 hours; a concurrent twin waits here for the first.
   */
  public Future<Void> record(SqlConnection conn, int status, String location, String body) {
    return conn.preparedQuery("INSERT INTO idempotency_key (principal, key, request_hash, status, location, body) "
            + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (principal, key) DO UPDATE SET "
            + "request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, location = EXCLUDED.location, "
            + "body = EXCLUDED.body, created_at = now() WHERE idempotency_key.created_at <= now() - interval '24 hours' "
            + "RETURNING 1")
        .execute(Tuple.of(principal, key, io.vertx.core.buffer.Buffer.buffer(requestHash), status, location, body))
        .compose(rows -> rows.size() == 1 ? Future.succeededFuture()
            : Future.failedFuture(new DuplicateRequest(key)));
  }

  /** A first answer kept for retries. */
  public record StoredReply(byte[] requestHash, int status, String location, String body) {}

  /** The key was already used: the caller answers with the stored reply instead. */
  public static final class DuplicateRequest extends RuntimeException {
    DuplicateRequest(String key) {
      super("Idempotency-Key " + key + " was already used", null, false, false);
    }
  }
}
