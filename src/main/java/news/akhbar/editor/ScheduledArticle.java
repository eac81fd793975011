package news.akhbar.editor;

import java.time.Instant;
import java.util.List;
import news.akhbar.article.Byline;

/** An article waiting for its publication time, as editors see it. Readers never do. */
public record ScheduledArticle(
    String id,
    boolean scheduled,
    Instant publishAt,
    String title,
    String excerpt,
    String body,
    String topic,
    String lang,
    boolean breaking,
    String source,
    String editor,
    Instant createdAt,
    List<Byline> authors) {
}
