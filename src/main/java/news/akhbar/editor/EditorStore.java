package news.akhbar.editor;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor table. Tokens are looked up by their SHA-256 on every authenticated request, never cached, so a
 * revocation holds on every instance from the next request on.
 */
public final class EditorStore {

  private static final String COLUMNS = "id, name, role, created_at, revoked_at";

  private final Pool pool;

  public EditorStore(Pool pool) {
    this.pool = pool;
  }

  public Future<EditorAccount> add(String name, String role, byte[] tokenHash) {
    return pool.preparedQuery("INSERT INTO editor (name, role, token_hash) VALUES ($1, $2, $3) RETURNING " + COLUMNS)
        .execute(Tuple.of(name, role, Buffer.buffer(tokenHash)))
        .map(rows -> account(rows.iterator().next()));
  }

  /** The live (not revoked) account holding a token with this hash. */
  public Future<Optional<EditorAccount>> byTokenHash(byte[] tokenHash) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM editor WHERE token_hash = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(Buffer.buffer(tokenHash)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
  }

  public Future<List<EditorAccount>> list() {
    return pool.query("SELECT " + COLUMNS + " FROM editor ORDER BY id").execute().map(rows -> {
      List<EditorAccount> out = new ArrayList<>();
      rows.forEach(r -> out.add(account(r)));
      return out;
    });
  }

  /** Revokes at once; empty when there is no such account. Revoking twice keeps the first time. */
  public Future<Optional<EditorAccount>> revoke(long id) {
    return pool.preparedQuery("UPDATE editor SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING "
            + COLUMNS)
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
  }

  private static EditorAccount account(Row r) {
    return new EditorAccount(Long.toString(r.getLong("id")), r.getString("name"), r.getString("role"),
        r.getOffsetDateTime("created_at").toInstant(),
        r.getValue("revoked_at") == null ? null : r.getOffsetDateTime("revoked_at").toInstant());
  }
}
