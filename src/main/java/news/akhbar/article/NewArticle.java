package news.akhbar.article;

/** A validated article to be published: every field already checked and defaulted. */
public record NewArticle(
    String title,
    String excerpt,
    String body,
    String topic,
    String lang,
    boolean breaking,
    String source,
    Photo photo) {

  public NewArticle withPhoto(Photo lead) {
    return new NewArticle(title, excerpt, body, topic, lang, breaking, source, lead);
  }
}
