package news.akhbar.article;

import io.vertx.sqlclient.Row;
import news.akhbar.json.Json;

/** Maps article rows to {@link Article}; the column list every article query selects. */
public final class ArticleRows {

  public static final String COLUMNS = "a.id, a.slug, a.title, a.excerpt, a.body, a.topic, a.lang, a.breaking, a.source, "
      + "a.published_at, a.updated_at, a.event_id, a.photo";

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
        photo(row.getString("photo")));
  }

  /** The lead photo as stored with the article (its JSON), or null. */
  private static Photo photo(String json) {
    try {
      return json == null ? null : Json.MAPPER.readValue(json, Photo.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
