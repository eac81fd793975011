package news.akhbar.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.ArticleRows;

/**
 * Arabic-aware full-text search over live articles. Normalisation, the index and the highlighting are defined once,
 * in SQL (V2__search.sql: akhbar_normalize, akhbar_tsquery, akhbar_snippet), so the index and the queries cannot
 * drift apart. Ranked by ts_rank_cd (title weighs most, then excerpt, then body), then newest first.
 */
public final class SearchStore {

  static final int SNIPPET_WORDS = 30;
  /**
   * How much of a body the snippet is looked for in. akhbar_snippet normalises every word it is given, about 3 ms
   * per thousand characters here: a 200,000-character body cost 0.6 s for one hit. A hit further in is still found
   * and ranked; its snippet is then the body's start. A tag cut at the end is dropped.
   */
  static final int SNIPPET_CHARS = 8_000;

  private static final String SQL = "SELECT " + ArticleRows.COLUMNS + ", akhbar_snippet(regexp_replace(left(a.body, "
      + SNIPPET_CHARS + "), '<[^>]*$', ''), $1, " + SNIPPET_WORDS + ") AS snippet"
      + " FROM (SELECT x.*, ts_rank_cd(x.search_doc, q.tsq) AS rank"
      + " FROM article x, akhbar_tsquery($1) AS q(tsq)"
      + " WHERE x.retracted_at IS NULL AND x.search_doc @@ q.tsq"
      + " ORDER BY rank DESC, x.published_at DESC, x.id DESC LIMIT $2) a"
      + " ORDER BY a.rank DESC, a.published_at DESC, a.id DESC";

  private final Pool pool;

  public SearchStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<SearchHit>> search(String query, int limit) {
    return pool.preparedQuery(SQL).execute(Tuple.of(query, limit)).map(rows -> {
      List<SearchHit> hits = new ArrayList<>();
      for (Row row : rows) {
        hits.add(new SearchHit(ArticleRows.from(row), row.getString("snippet")));
      }
      return hits;
    });
  }
}
