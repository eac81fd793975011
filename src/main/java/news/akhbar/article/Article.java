package news.akhbar.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as readers and the stream see it. Ids travel as strings. An article always has at least one author:
 * one stored or sent without any (written before bylines) is credited to {@link Byline#FALLBACK}.
 */
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
    List<Byline> authors,
    Photo photo) {

  public Article {
    authors = authors == null || authors.isEmpty() ? Byline.FALLBACK : List.copyOf(authors);
  }

  /** The same article with its lead photo (null: none). */
  public Article withPhoto(Photo lead) {
    return new Article(id, slug, title, excerpt, body, topic, lang, breaking, source, publishedAt, updatedAt, eventId,
        authors, lead);
  }
}
