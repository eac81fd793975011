package news.akhbar.article;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.sqlclient.Row;
import java.util.List;
import news.akhbar.json.Json;

/** Maps article rows to {@link Article}; the column list every article query selects. */
public final class ArticleRows {

  public static final String COLUMNS = "a.id, a.slug, a.title, a.excerpt, a.body, a.topic, a.lang, a.breaking, a.source, "
      + "a.published_at, a.updated_at, a.event_id, a.authors::text AS authors, a.photo";
  private static final TypeReference<List<Byline>> BYLINES = new TypeReference<>() { };

  private ArticleRows() {
  }

  public static Article from(Row row) {
    return new Article(
        Long.toString(row.getLong("id")),
        row.getString("slug"),
        row.getString("title"),
        row.getString("excerpt"),
        row.getString("body"),
        row.getString("topic"),
        row.getString("lang"),
        row.getBoolean("breaking"),
        row.getString("source"),
        row.getOffsetDateTime("published_at").toInstant(),
        row.getOffsetDateTime("updated_at").toInstant(),
        Long.toString(row.getLong("event_id")),
        authors(row.getString("authors")),
        photo(row.getString("photo")));
  }

  /** The lead photo as stored with the article (its JSON), or null. */
  private static Photo photo(String json) {
    return json == null ? null : Json.read(json, Photo.class);
  }

  /** The authors column (a JSON array of {name, type}), read back; null when the text is null. */
  public static List<Byline> authors(String json) {
    return json == null ? null : Json.read(json, BYLINES);
  }
}
