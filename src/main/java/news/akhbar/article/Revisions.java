package news.akhbar.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import news.akhbar.json.Json;

/** The audit trail: one article_revision row per write, committed with it; retracted articles keep theirs. */
public final class Revisions {

  private final Pool pool;

  public Revisions(Pool pool) {
    this.pool = pool;
  }

  /** One version of an article: who made it, when, and each changed field as {from, to}. */
  public record Revision(String eventId, String kind, Long editorId, String editor, java.time.Instant at,
                         JsonNode changes) {}

  /** Every revision of the article, oldest first; empty when there is no such article. */
  public Future<Optional<List<Revision>>> of(long articleId) {
    return pool.preparedQuery("SELECT a.id, r.event_id, r.kind, r.editor_id, r.editor_name, r.at, r.changes::text "
            + "AS changes FROM article a LEFT JOIN article_revision r ON r.article_id = a.id WHERE a.id = $1 "
            + "ORDER BY r.event_id")
        .execute(Tuple.of(articleId)).map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          List<Revision> out = new ArrayList<>();
          for (Row r : rows) {
            if (r.getValue("event_id") != null) {
              out.add(new Revision(Long.toString(r.getLong("event_id")), r.getString("kind"), r.getLong("editor_id"),
                  r.getString("editor_name"), r.getOffsetDateTime("at").toInstant(), tree(r.getString("changes"))));
            }
          }
          return Optional.of(out);
        });
  }

  static Future<Void> record(SqlConnection conn, long articleId, long eventId, Author author, String kind,
      Map<String, Map<String, Object>> changes, OffsetDateTime at) {
    return conn.preparedQuery("INSERT INTO article_revision (article_id, event_id, editor_id, editor_name, kind, "
            + "changes, at) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7)")
        .execute(Tuple.from(new Object[] {articleId, eventId, author.editorId(), author.name(), kind,
            Json.string(changes), at}))
        .mapEmpty();
  }

  /** Each field whose value differs between the two versions (null old for a creation). */
  static Map<String, Map<String, Object>> diff(Article old, Article now) {
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    put(changes, "title", old == null ? null : old.title(), now.title());
    put(changes, "excerpt", old == null ? null : old.excerpt(), now.excerpt());
    put(changes, "body", old == null ? null : old.body(), now.body());
    put(changes, "topic", old == null ? null : old.topic(), now.topic());
    put(changes, "lang", old == null ? null : old.lang(), now.lang());
    put(changes, "breaking", old == null ? null : old.breaking(), now.breaking());
    put(changes, "source", old == null ? null : old.source(), now.source());
    put(changes, "authors", old == null ? null : old.authors(), now.authors());
    return changes;
  }

  private static void put(Map<String, Map<String, Object>> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("from", from);
      change.put("to", to);
      changes.put(field, change);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
