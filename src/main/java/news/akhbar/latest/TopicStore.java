package news.akhbar.latest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleRows;
import news.akhbar.article.Topic;

/** Topics with their live (non-retracted) article counts and newest item, busiest first. */
public final class TopicStore {

  private static final String SQL = "SELECT t.n, " + ArticleRows.COLUMNS
      + " FROM (SELECT topic, count(*) AS n FROM article WHERE retracted_at IS NULL GROUP BY topic) t"
      + " CROSS JOIN LATERAL (SELECT * FROM article x WHERE x.topic = t.topic AND x.retracted_at IS NULL"
      + " ORDER BY x.published_at DESC, x.id DESC LIMIT 1) a"
      + " ORDER BY t.n DESC, a.published_at DESC";

  private final Pool pool;

  public TopicStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<Topic>> topics() {
    return pool.query(SQL).execute().map(rows -> {
      List<Topic> topics = new ArrayList<>();
      for (Row row : rows) {
        Article newest = ArticleRows.from(row);
        topics.add(new Topic(newest.topic(), row.getLong("n"), newest));
      }
      return topics;
    });
  }
}
