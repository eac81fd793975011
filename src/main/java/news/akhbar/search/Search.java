package news.akhbar.search;

import io.vertx.core.Future;
import java.util.List;

/**
 * A reader's search over the live archive: at most {@code limit} hits, best first (relevance among the newest
 * matches, then the newest), each with its snippet. Bounded work whatever the query; a query with no searchable
 * word finds nothing. Implemented by PostgreSQL ({@link SearchStore}) and by an in-process Lucene index
 * ({@link LuceneSearch}).
 */
public interface Search {

  Future<List<SearchHit>> search(String query, int limit);
}
