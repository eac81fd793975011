package news.akhbar.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleRows;

/** What a search index is rebuilt from: the live articles in id order, a bounded batch at a time (keyset, no OFFSET). */
public final class SearchIndexStore {

  private static final String BATCH = "SELECT " + ArticleRows.COLUMNS + " FROM article a"
      + " WHERE a.retracted_at IS NULL AND a.id > $1 ORDER BY a.id LIMIT $2";

  private final Pool pool;

  public SearchIndexStore(Pool pool) {
    this.pool = pool;
  }

  /** At most limit live articles with ids above afterId, in id order. */
  Future<List<Article>> after(long afterId, int limit) {
    return pool.preparedQuery(BATCH).execute(Tuple.of(afterId, limit)).map(rows -> {
      List<Article> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        out.add(ArticleRows.from(row));
      }
      return out;
    });
  }
}
