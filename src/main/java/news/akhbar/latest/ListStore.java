package news.akhbar.latest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleRows;

/** Keyset pages of live articles, newest first, for the reads memory does not hold; each page carries the event head. */
public final class ListStore {

  private final Pool pool;

  public ListStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Page> list(ListQuery q) {
    List<Object> args = new ArrayList<>();
    args.add(q.limit());
    StringBuilder where = new StringBuilder("a.retracted_at IS NULL");
    if (q.topic() != null) {
      args.add(q.topic());
      where.append(" AND a.topic = $").append(args.size());
    }
    if (q.lang() != null) {
      args.add(q.lang());
      where.append(" AND a.lang = $").append(args.size());
    }
    if (q.breaking() != null) {
      args.add(q.breaking());
      where.append(" AND a.breaking = $").append(args.size());
    }
    if (q.before() != null) {
      args.add(q.before().publishedAt().atOffset(java.time.ZoneOffset.UTC));
      args.add(q.before().id());
      where.append(" AND (a.published_at, a.id) < ($").append(args.size() - 1).append(", $").append(args.size())
          .append(")");
    }
    String sql = "SELECT c.last_id AS head, (SELECT e.created_at FROM stream_event e WHERE e.id = c.last_id) "
        + "AS head_at, l.* FROM event_counter c LEFT JOIN LATERAL (SELECT " + ArticleRows.COLUMNS
        + " FROM article a WHERE " + where + " ORDER BY a.published_at DESC, a.id DESC LIMIT $1) l ON TRUE";
    return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
      List<Article> items = new ArrayList<>();
      long head = 0;
      Instant headAt = null;
      for (Row row : rows) {
        head = row.getLong("head");
        headAt = row.getOffsetDateTime("head_at") == null ? null : row.getOffsetDateTime("head_at").toInstant();
        if (row.getValue("id") != null) {
          items.add(ArticleRows.from(row));
        }
      }
      return new Page(items, Long.toString(head), headAt);
    });
  }
}
