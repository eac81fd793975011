package news.akhbar.editor;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.ArticleRows;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Author;
import news.akhbar.article.Byline;
import news.akhbar.article.Committed;
import news.akhbar.article.Idempotency;
import news.akhbar.article.NewArticle;
import news.akhbar.json.Json;

/**
 * Embargoed articles. They live in scheduled_article, out of every reader query, until {@link #publishDue} moves
 * them into article through {@link ArticleStore#createIn}: the due rows are locked with SKIP LOCKED and deleted in
 * the publishing transaction, so each is published exactly once however many instances poll.
 */
public final class ScheduledStore {

  private static final String COLUMNS = "id, publish_at, title, excerpt, body, topic, lang, breaking, source, "
      + "excerpt_derived, editor_id, editor_name, created_at, authors::text AS authors";

  private final Pool pool;
  private final Pool writes;
  private final ArticleStore articles;
  private volatile java.util.function.Consumer<Instant> onScheduled = at -> { };

  /** @param writes the writers' pool, as in {@link ArticleStore#ArticleStore(Pool, Pool)} */
  public ScheduledStore(Pool pool, Pool writes, ArticleStore articles) {
    this.pool = pool;
    this.writes = writes;
    this.articles = articles;
  }

  public Future<ScheduledArticle> schedule(NewArticle a, boolean excerptDerived, Author author, Instant publishAt,
      Idempotency key) {
    return writes.withTransaction(conn -> conn.preparedQuery("INSERT INTO scheduled_article (publish_at, title, "
            + "excerpt, body, topic, lang, breaking, source, excerpt_derived, editor_id, editor_name, authors) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text::jsonb) RETURNING " + COLUMNS)
        .execute(Tuple.from(new Object[] {publishAt.atOffset(ZoneOffset.UTC), a.title(), a.excerpt(), a.body(),
            a.topic(), a.lang(), a.breaking(), a.source(), excerptDerived, author.editorId(), author.name(),
            Json.string(a.authors() == null ? List.of() : a.authors())}))
        .map(rows -> view(rows.iterator().next()))
        .compose(s -> key == null ? Future.succeededFuture(s)
            : key.record(conn, 201, "/api/v1/scheduled/" + s.id(), Json.string(s)).map(s)))
        .onSuccess(s -> onScheduled.accept(publishAt));
  }

  public Future<List<ScheduledArticle>> list() {
    return pool.query("SELECT " + COLUMNS + " FROM scheduled_article ORDER BY publish_at, id").execute()
        .map(rows -> {
          List<ScheduledArticle> out = new ArrayList<>();
          rows.forEach(r -> out.add(view(r)));
          return out;
        });
  }

  /** Cancels a scheduled item; false when it is unknown or already published. */
  public Future<Boolean> cancel(long id) {
    return writes.preparedQuery("DELETE FROM scheduled_article WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  /**
   * Publishes up to {@code limit} due items in one transaction, oldest first; returns what was committed and when the
   * next item still waiting is due (null when none is).
   */
  public Future<Due> publishDue(int limit) {
    return writes.withTransaction(conn -> conn.preparedQuery("SELECT " + COLUMNS + " FROM scheduled_article "
            + "WHERE publish_at <= now() ORDER BY publish_at, id LIMIT $1 FOR UPDATE SKIP LOCKED")
        .execute(Tuple.of(limit))
        .compose(rows -> {
          List<Row> due = new ArrayList<>();
          rows.forEach(due::add);
          return publish(conn, due, 0, new ArrayList<>());
        }))
        // after the commit: the transaction holds every writer's event counter once it has published something
        .compose(done -> writes.query("SELECT min(publish_at) AS next FROM scheduled_article").execute()
            .map(rows -> {
              java.time.OffsetDateTime next = rows.iterator().next().getOffsetDateTime("next");
              return new Due(done, next == null ? null : next.toInstant());
            })
            .otherwise(unknown -> new Due(done, Instant.now())));   // what was committed still gets announced
  }

  /** What one run of {@link #publishDue} did: the articles it published, and when the next waiting one is due. */
  public record Due(List<Committed> published, Instant next) {
  }

  /** Tells the listener the moment of every item scheduled through this store (a scheduler arms its timer). */
  public void onScheduled(java.util.function.Consumer<Instant> listener) {
    this.onScheduled = listener;
  }

  private Future<List<Committed>> publish(SqlConnection conn, List<Row> due, int i, List<Committed> done) {
    if (i == due.size()) {
      return Future.succeededFuture(done);
    }
    Row r = due.get(i);
    NewArticle a = new NewArticle(r.getString("title"), r.getString("excerpt"), r.getString("body"),
        r.getString("topic"), r.getString("lang"), r.getBoolean("breaking"), r.getString("source"),
        ArticleRows.authors(r.getString("authors")), null);
    Author author = new Author(r.getLong("editor_id"), r.getString("editor_name"));
    return articles.createIn(conn, a, r.getBoolean("excerpt_derived"), author, null)
        .compose(c -> conn.preparedQuery("DELETE FROM scheduled_article WHERE id = $1")
            .execute(Tuple.of(r.getLong("id"))).map(d -> {
              done.add(c);
              return done;
            }))
        .compose(d -> publish(conn, due, i + 1, d));
  }

  private static List<Byline> bylines(List<Byline> authors) {
    return authors == null || authors.isEmpty() ? Byline.FALLBACK : authors;
  }

  private static ScheduledArticle view(Row r) {
    return new ScheduledArticle(Long.toString(r.getLong("id")), true, r.getOffsetDateTime("publish_at").toInstant(),
        r.getString("title"), r.getString("excerpt"), r.getString("body"), r.getString("topic"), r.getString("lang"),
        r.getBoolean("breaking"), r.getString("source"), r.getString("editor_name"),
        r.getOffsetDateTime("created_at").toInstant(), bylines(ArticleRows.authors(r.getString("authors"))));
  }
}
