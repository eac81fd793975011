package news.akhbar.article;

import java.util.List;

/** A validated article to be published: every field already checked and defaulted (no authors: {@link Byline#FALLBACK}). */
public record NewArticle(
    String title,
    String excerpt,
    String body,
    String topic,
    String lang,
    boolean breaking,
    String source,
    List<Byline> authors,
    Photo photo) {

  public NewArticle withPhoto(Photo lead) {
    return new NewArticle(title, excerpt, body, topic, lang, breaking, source, authors, lead);
  }

  public NewArticle withBody(String html) {
    return new NewArticle(title, excerpt, html, topic, lang, breaking, source, authors, photo);
  }
}
