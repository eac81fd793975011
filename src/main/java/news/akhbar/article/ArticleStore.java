package news.akhbar.article;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;

/**
 * The articles table. Every write commits the article and the stream event announcing it in one transaction. The
 * event id comes from the counter row, whose lock makes ids gap-free in commit order; the writes after it go out
 * pipelined, so that lock is held for about one round trip and the commit.
 */
public final class ArticleStore {

  private static final String SELECT_ONE = "SELECT " + ArticleRows.COLUMNS + ", a.retracted_at, a.excerpt_derived "
      + "FROM article a WHERE a.id = $1";
  private static final String SELECT_BY_SLUG = SELECT_ONE.replace("a.id = $1", "a.slug = $1");

  private final Pool pool;
  private final Pool writes;

  public ArticleStore(Pool pool) {
    this(pool, pool);
  }

  /**
   * @param writes the pool writes take their connections from: kept apart from the readers' pool so writers
   *     waiting on the event counter's lock can never hold every connection that reads need
   */
  public ArticleStore(Pool pool, Pool writes) {
    this.pool = pool;
    this.writes = writes;
  }

  public Future<Committed> create(NewArticle a, boolean excerptDerived, Author author) {
    return create(a, excerptDerived, author, null);
  }

  /** Publishes now; with a key, its first answer is stored in the same transaction (see {@link Idempotency}). */
  public Future<Committed> create(NewArticle a, boolean excerptDerived, Author author, Idempotency key) {
    return writes.withTransaction(conn -> createIn(conn, a, excerptDerived, author, key));
  }

  /**
   * The one path that creates an article, used by POST and by the scheduler; runs inside the caller's tx. One round
   * trip takes the article id and the event id; the writes then go out pipelined, without waiting on each other
   * (a failing one aborts the transaction, so the later ones fail with it and nothing is kept).
   */
  public Future<Committed> createIn(SqlConnection conn, NewArticle a, boolean excerptDerived, Author author,
      Idempotency key) {
    return conn.query("WITH ev AS (" + EventWriter.NEXT + ") "
            + "SELECT nextval(pg_get_serial_sequence('article', 'id')) AS article_id, ev.last_id, ev.at FROM ev")
        .execute()
        .compose(rows -> {
          Row row = rows.iterator().next();
          long id = row.getLong("article_id");
          EventWriter.Next ev = EventWriter.Next.of(row);
          Article article = new Article(Long.toString(id), Slugs.of(a.title(), id), a.title(), a.excerpt(),
              a.body(), a.topic(), a.lang(), a.breaking(), a.source(), ev.at(), ev.at(), Long.toString(ev.id()), a.authors(),
              a.photo());
          String json = Json.string(article);
          Future<?> inserted = conn.preparedQuery("INSERT INTO article (id, slug, title, excerpt, body, topic, lang, "
                  + "breaking, source, published_at, updated_at, event_id, excerpt_derived, authors, photo_id, photo) "
                  + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13::text::jsonb, $14, $15)")
              .execute(Tuple.from(new Object[] {id, article.slug(), a.title(), a.excerpt(), a.body(), a.topic(),
                  a.lang(), a.breaking(), a.source(), ev.offset(), ev.id(), excerptDerived,
                  Json.string(article.authors()), photoId(a.photo()), photoJson(a.photo())}));
          Future<Void> revised = Revisions.record(conn, id, ev.id(), author, "create", Revisions.diff(null, article),
              ev.offset());
          Future<Void> remembered = key == null ? Future.succeededFuture()
              : key.record(conn, 201, "/api/v1/articles/" + id, json);
          Future<StreamEvent> event = EventWriter.insert(conn, ev, "article", id, List.of(a.topic()), json);
          return Future.all(inserted, revised, remembered, event).map(all -> new Committed(article, event.result()));
        });
  }

  /** Applies a patch; fails with {@link MissingArticle} when the article is unknown or retracted. */
  public Future<Committed> update(long id, ArticlePatch patch, String derivedExcerpt, Author author) {
    return writes.withTransaction(conn -> lockLive(conn, id).compose(row -> EventWriter.next(conn).compose(ev -> {
      Article old = ArticleRows.from(row);
      boolean derived = patch.excerpt() == null && row.getBoolean("excerpt_derived");
      String excerpt = patch.excerpt() != null ? patch.excerpt()
          : derived && derivedExcerpt != null ? derivedExcerpt : old.excerpt();
      Article now = new Article(old.id(), old.slug(), or(patch.title(), old.title()), excerpt,
          or(patch.body(), old.body()), or(patch.topic(), old.topic()), old.lang(),
          patch.breaking() != null ? patch.breaking() : old.breaking(), or(patch.source(), old.source()),
          old.publishedAt(), ev.at(), Long.toString(ev.id()),
          patch.authors() != null ? patch.authors() : old.authors(),
          patch.photo() != null ? patch.photo() : old.photo());
      List<String> topics = old.topic().equals(now.topic()) ? List.of(now.topic()) : List.of(old.topic(), now.topic());
      Future<?> updated = conn.preparedQuery("UPDATE article SET title = $2, excerpt = $3, body = $4, topic = $5, "
              + "breaking = $6, source = $7, updated_at = $8, event_id = $9, excerpt_derived = $10, "
              + "authors = $11::text::jsonb, photo_id = $12, photo = $13 WHERE id = $1")
          .execute(Tuple.from(new Object[] {id, now.title(), now.excerpt(), now.body(), now.topic(), now.breaking(),
              now.source(), ev.offset(), ev.id(), derived, Json.string(now.authors()), photoId(now.photo()),
              photoJson(now.photo())}));
      Future<Void> revised = Revisions.record(conn, id, ev.id(), author, "update", Revisions.diff(old, now),
          ev.offset());
      Future<StreamEvent> event = EventWriter.insert(conn, ev, "update", id, topics, Json.string(now));
      return Future.all(updated, revised, event).map(all -> new Committed(now, event.result()));
    })));
  }

  /** Retracts a live article; fails with {@link MissingArticle} when it is unknown or already retracted. */
  public Future<Committed> retract(long id, Author author) {
    return writes.withTransaction(conn -> lockLive(conn, id).compose(row -> EventWriter.next(conn).compose(ev -> {
      Article old = ArticleRows.from(row);
      Map<String, String> payload = new LinkedHashMap<>();
      payload.put("id", old.id());
      payload.put("eventId", Long.toString(ev.id()));
      Future<?> retracted = conn.preparedQuery("UPDATE article SET retracted_at = $2, updated_at = $2, event_id = $3 "
          + "WHERE id = $1").execute(Tuple.of(id, ev.offset(), ev.id()));
      Future<Void> revised = Revisions.record(conn, id, ev.id(), author, "retract", Map.of("retracted", retracted()),
          ev.offset());
      Future<StreamEvent> event = EventWriter.insert(conn, ev, "retract", id, List.of(old.topic()),
          Json.string(payload));
      return Future.all(retracted, revised, event).map(all -> new Committed(old, event.result()));
    })));
  }

  /** The first answer to an Idempotency-Key, if it was used within 24 hours. */
  public Future<Optional<Idempotency.StoredReply>> earlierReply(Idempotency key) {
    return Idempotency.find(pool, key);
  }

  public Future<Optional<Stored>> get(long id) {
    return pool.preparedQuery(SELECT_ONE).execute(Tuple.of(id)).map(ArticleStore::stored);
  }

  public Future<Optional<Stored>> getBySlug(String slug) {
    return pool.preparedQuery(SELECT_BY_SLUG).execute(Tuple.of(slug)).map(ArticleStore::stored);
  }

  private static Optional<Stored> stored(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new Stored(ArticleRows.from(row), row.getValue("retracted_at") != null));
  }


  private static Future<Row> lockLive(SqlConnection conn, long id) {
    return conn.preparedQuery(SELECT_ONE + " FOR UPDATE").execute(Tuple.of(id)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(new MissingArticle(id, false));
      }
      Row row = rows.iterator().next();
      return row.getValue("retracted_at") != null ? Future.failedFuture(new MissingArticle(id, true))
          : Future.succeededFuture(row);
    });
  }

  private static Map<String, Object> retracted() {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("from", false);
    change.put("to", true);
    return change;
  }

  private static String photoId(Photo photo) {
    return photo == null ? null : photo.id();
  }

  private static String photoJson(Photo photo) {
    return photo == null ? null : Json.string(photo);
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
