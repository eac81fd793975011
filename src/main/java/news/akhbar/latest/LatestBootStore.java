package news.akhbar.latest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleRows;
import news.akhbar.article.EventLog;
import news.akhbar.fanout.LoggedEvent;

/**
 * Reads {@link LatestBoot} in one repeatable-read transaction: the event head, the newest articles overall and per
 * topic, the topic counts, the latest events and the running live coverages all describe the same moment. Event ids
 * are handed out in commit order, so that moment holds exactly the events up to its head.
 */
public final class LatestBootStore {

  private final Pool pool;

  public LatestBootStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * @param perList newest live articles overall
   * @param perTopic newest live articles of each topic
   * @param maxTopics topics read per topic (the busiest); counts are complete when there are no more than these
   * @param events latest events to read
   */
  public Future<LatestBoot> read(int perList, int perTopic, int maxTopics, int events) {
    return pool.withTransaction(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute().compose(v -> read(conn, perList, perTopic, maxTopics, events)));
  }

  private static Future<LatestBoot> read(SqlConnection conn, int perList, int perTopic, int maxTopics, int events) {
    Future<RowSet<Row>> head = conn.query("SELECT c.last_id, (SELECT created_at FROM stream_event e "
        + "WHERE e.id = c.last_id) AS at FROM event_counter c").execute();
    Future<RowSet<Row>> newest = conn.preparedQuery("SELECT " + ArticleRows.COLUMNS + " FROM article a "
        + "WHERE a.retracted_at IS NULL ORDER BY a.published_at DESC, a.id DESC LIMIT $1").execute(Tuple.of(perList));
    Future<RowSet<Row>> counts = conn.preparedQuery("SELECT topic, count(*) AS n FROM article "
        + "WHERE retracted_at IS NULL GROUP BY topic ORDER BY n DESC, topic LIMIT $1").execute(Tuple.of(maxTopics + 1));
    Future<RowSet<Row>> byTopic = conn.preparedQuery("SELECT " + ArticleRows.COLUMNS + " FROM (SELECT topic, "
        + "count(*) AS n FROM article WHERE retracted_at IS NULL GROUP BY topic ORDER BY n DESC, topic LIMIT $1) t "
        + "CROSS JOIN LATERAL (SELECT * FROM article x WHERE x.topic = t.topic AND x.retracted_at IS NULL "
        + "ORDER BY x.published_at DESC, x.id DESC LIMIT $2) a ORDER BY a.topic, a.published_at DESC, a.id DESC")
        .execute(Tuple.of(maxTopics, perTopic));
    Future<RowSet<Row>> log = conn.preparedQuery("SELECT id, kind, topics, payload, created_at FROM stream_event "
        + "WHERE id > (SELECT last_id FROM event_counter) - $1 ORDER BY id").execute(Tuple.of(events));
    Future<RowSet<Row>> live = conn.query("SELECT c.article_id, a.slug FROM live_coverage c "
        + "JOIN article a ON a.id = c.article_id WHERE c.ended_at IS NULL AND a.retracted_at IS NULL").execute();
    return Future.all(List.of(head, newest, counts, byTopic, log, live)).map(all -> {
      Row h = head.result().iterator().next();
      OffsetDateTime at = h.getOffsetDateTime("at");
      Map<String, Long> topicCounts = new LinkedHashMap<>();
      for (Row row : counts.result()) {
        topicCounts.put(row.getString("topic"), row.getLong("n"));
      }
      boolean complete = topicCounts.size() <= maxTopics;
      Map<String, List<Article>> perTopicLists = new LinkedHashMap<>();
      for (Row row : byTopic.result()) {
        Article a = ArticleRows.from(row);
        perTopicLists.computeIfAbsent(a.topic(), t -> new ArrayList<>()).add(a);
      }
      List<LoggedEvent> logged = new ArrayList<>();
      for (Row row : log.result()) {
        logged.add(new LoggedEvent(EventLog.published(row), row.getOffsetDateTime("created_at").toInstant()));
      }
      List<Article> articles = new ArrayList<>();
      newest.result().forEach(row -> articles.add(ArticleRows.from(row)));
      Map<Long, String> liveSlugs = new HashMap<>();
      live.result().forEach(row -> liveSlugs.put(row.getLong("article_id"), row.getString("slug")));
      return new LatestBoot(h.getLong("last_id"), at == null ? null : at.toInstant(), articles, perTopicLists,
          complete ? topicCounts : Map.of(), complete, logged, liveSlugs);
    });
  }
}
