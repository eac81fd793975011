package news.akhbar.photo;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.akhbar.article.Author;
import news.akhbar.article.Photo;

/** Photos in PostgreSQL: the texts and the re-encoded original in photo, each served size in photo_size (bytea). */
public final class PostgresPhotoStore implements PhotoStorage {

  private static final String SELECT = "SELECT p.id, p.alt, p.caption, p.credit, s.width, s.height FROM photo p "
      + "JOIN photo_size s ON s.photo_id = p.id WHERE p.id = $1 ORDER BY s.width";

  private final Pool pool;

  public PostgresPhotoStore(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Photo> save(NewPhoto p) {
    PhotoProcessor.Processed done = p.processed();
    return pool.withTransaction(conn -> conn.preparedQuery("INSERT INTO photo (id, width, height, alt, caption, "
            + "credit, original, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING")
        .execute(Tuple.from(new Object[] {p.id(), done.width(), done.height(), p.texts().alt(), p.texts().caption(),
            p.texts().credit(), Buffer.buffer(done.original()), p.uploadedBy()}))
        .compose(inserted -> {
          if (inserted.rowCount() == 0) {
            return Future.succeededFuture();
          }
          List<Tuple> sizes = new ArrayList<>();
          for (PhotoProcessor.Rendition r : done.sizes()) {
            sizes.add(Tuple.of(p.id(), r.width(), r.height(), Buffer.buffer(r.jpeg())));
          }
          return conn.preparedQuery("INSERT INTO photo_size (photo_id, width, height, bytes) VALUES ($1, $2, $3, $4)")
              .executeBatch(sizes).mapEmpty();
        }))
        .compose(v -> find(p.id()))
        .map(Optional::orElseThrow);
  }

  @Override
  public Future<Optional<Photo>> find(String id) {
    return pool.preparedQuery(SELECT).execute(Tuple.of(id)).map(PostgresPhotoStore::photo);
  }

  @Override
  public Future<Optional<Buffer>> size(String id, int width) {
    return pool.preparedQuery("SELECT bytes FROM photo_size WHERE photo_id = $1 AND width = $2")
        .execute(Tuple.of(id, width))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBuffer("bytes")));
  }

  @Override
  public Future<Boolean> has(String id, int width) {
    return pool.preparedQuery("SELECT 1 FROM photo_size WHERE photo_id = $1 AND width = $2")
        .execute(Tuple.of(id, width)).map(rows -> rows.size() > 0);
  }

  @Override
  public Future<List<PhotoUse>> delete(String id, Author by) {
    String embeds = "%/photos/" + id + "-%";
    return pool.withTransaction(conn -> conn.preparedQuery("SELECT alt FROM photo WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id))
        .compose(found -> {
          if (found.size() == 0) {
            return Future.succeededFuture(null);
          }
          String alt = found.iterator().next().getString("alt");
          return conn.preparedQuery("SELECT 'article' AS kind, id, slug, photo_id = $1 AS lead FROM article "
                  + "WHERE photo_id = $1 OR body LIKE $2 UNION ALL SELECT 'scheduled', id, NULL, false "
                  + "FROM scheduled_article WHERE body LIKE $2 ORDER BY kind, id")
              .execute(Tuple.of(id, embeds))
              .compose(rows -> {
                List<PhotoUse> uses = new ArrayList<>();
                for (Row row : rows) {
                  uses.add(new PhotoUse(row.getString("kind"), row.getLong("id"), row.getString("slug"),
                      Boolean.TRUE.equals(row.getBoolean("lead"))));
                }
                return uses.isEmpty() ? remove(conn, id, alt, by).map(uses) : Future.succeededFuture(uses);
              });
        }));
  }

  private static Future<Void> remove(SqlConnection conn, String id, String alt, Author by) {
    return conn.preparedQuery("DELETE FROM photo_size WHERE photo_id = $1").execute(Tuple.of(id))
        .compose(v -> conn.preparedQuery("DELETE FROM photo WHERE id = $1").execute(Tuple.of(id)))
        .compose(v -> conn.preparedQuery("INSERT INTO photo_revision (photo_id, editor_id, editor_name, kind, alt) "
            + "VALUES ($1, $2, $3, 'delete', $4)").execute(Tuple.of(id, by.editorId(), by.name(), alt)))
        .mapEmpty();
  }

  private static Optional<Photo> photo(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    List<Photo.Size> sizes = new ArrayList<>();
    Row first = null;
    for (Row row : rows) {
      first = first == null ? row : first;
      int width = row.getInteger("width");
      sizes.add(new Photo.Size(width, row.getInteger("height"), PhotoPaths.of(row.getString("id"), width)));
    }
    Photo.Size largest = sizes.get(sizes.size() - 1);
    return Optional.of(new Photo(first.getString("id"), largest.width(), largest.height(), first.getString("alt"),
        first.getString("caption"), first.getString("credit"), sizes));
  }
}
