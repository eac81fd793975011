package news.akhbar.article;

import java.time.Instant;

/** An article as readers and the stream see it. Ids travel as strings. */
public record Article(
    String id,
    String slug,
    String title,
    String excerpt,
    String body,
    String topic,
    String lang,
    boolean breaking,
    String source,
    Instant publishedAt,
    Instant updatedAt,
    String eventId,
    Photo photo) {

  /** The same article with its lead photo (null: none). */
  public Article withPhoto(Photo lead) {
    return new Article(id, slug, title, excerpt, body, topic, lang, breaking, source, publishedAt, updatedAt, eventId,
        lead);
  }
}
