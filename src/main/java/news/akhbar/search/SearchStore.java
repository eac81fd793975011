package news.akhbar.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.ArticleRows;

/**
 * Arabic-aware full-text search over live articles. Normalisation and the index are defined once, in SQL
 * (V2__search.sql, V5: akhbar_normalize, akhbar_tsquery), so the index and the queries cannot drift apart.
 *
 * <p>Bounded work whatever the query: the newest {@link #CANDIDATES} matches (among the newest {@link #RECENT}
 * articles for a common word, by the GIN index for a rarer one) are ranked by ts_rank_cd (title weighs most, then excerpt, then body), then newest first; only the page shown gets a
 * snippet, built in Java ({@link Snippets}). Ranking every match cost seconds for a word found in most of a million
 * articles.
 */
public final class SearchStore implements Search {

  static final int SNIPPET_WORDS = 30;
  /**
   * How much of a body the snippet is looked for in. A hit further in is still found and ranked; its snippet is
   * then the body's start. A tag cut at the end is dropped.
   */
  static final int SNIPPET_CHARS = 8_000;
  /** The newest matches that are ranked: recency bounds the work, relevance orders the page. */
  static final int CANDIDATES = 200;
  /** How many of the newest articles are tried first; a word with fewer matches there is looked up by the GIN. */
  static final int RECENT = 4_000;

  private static final String RECENT_MATCHES = "SELECT r.id FROM (SELECT x.id, x.published_at, x.search_doc"
      + " FROM article x WHERE x.retracted_at IS NULL ORDER BY x.published_at DESC, x.id DESC LIMIT " + RECENT
      + ") r WHERE r.search_doc @@ akhbar_tsquery($1) ORDER BY r.published_at DESC, r.id DESC LIMIT " + CANDIDATES;
  private static final String ALL_MATCHES = "SELECT x.id FROM article x WHERE x.retracted_at IS NULL"
      + " AND x.search_doc @@ akhbar_tsquery($1) ORDER BY x.published_at DESC, x.id DESC LIMIT " + CANDIDATES;
  private static final String RANKED = "SELECT " + ArticleRows.COLUMNS + ", q.terms"
      + " FROM (SELECT akhbar_tsquery($1) AS tsq,"
      + " websearch_to_tsquery('simple', akhbar_normalize($1))::text AS terms) q,"
      + " LATERAL (SELECT c.*, ts_rank_cd(c.search_doc, q.tsq) AS rank FROM article c"
      + " WHERE c.id = ANY($3) AND c.retracted_at IS NULL"
      + " ORDER BY rank DESC, c.published_at DESC, c.id DESC LIMIT $2) a"
      + " ORDER BY a.rank DESC, a.published_at DESC, a.id DESC";

  private final Pool pool;

  public SearchStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * The newest candidates by a bounded walk of the newest articles (a common word is found there at once); when
   * they are too few, by the GIN index (index scans off, so the planner cannot walk the whole recency index looking
   * for a rare word). Then the candidates are ranked, in one read-only transaction.
   */
  @Override
  public Future<List<SearchHit>> search(String query, int limit) {
    return pool.withTransaction(conn -> conn.preparedQuery(RECENT_MATCHES).execute(Tuple.of(query))
        .compose(recent -> recent.size() >= CANDIDATES ? Future.succeededFuture(ids(recent))
            : conn.query("SET LOCAL enable_indexscan = off").execute()
                .compose(v -> conn.preparedQuery(ALL_MATCHES).execute(Tuple.of(query))).map(SearchStore::ids))
        .compose(ids -> conn.preparedQuery(RANKED).execute(Tuple.of(query, limit, ids)))).map(rows -> {
          List<SearchHit> hits = new ArrayList<>();
          Snippets snippets = null;
          for (Row row : rows) {
            snippets = snippets != null ? snippets : new Snippets(Snippets.lexemes(row.getString("terms")), SNIPPET_WORDS);
            hits.add(new SearchHit(ArticleRows.from(row), snippets.of(snippetText(row.getString("body")))));
          }
          return hits;
        });
  }

  private static Long[] ids(RowSet<Row> rows) {
    List<Long> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.getLong("id")));
    return ids.toArray(new Long[0]);
  }

  /** The body's first SNIPPET_CHARS characters, without a tag cut in two at the end. */
  static String snippetText(String body) {
    if (body.length() <= SNIPPET_CHARS) {
      return body;
    }
    int end = Character.isHighSurrogate(body.charAt(SNIPPET_CHARS - 1)) ? SNIPPET_CHARS - 1 : SNIPPET_CHARS;
    return body.substring(0, end).replaceFirst("<[^>]*$", "");
  }
}
