package news.akhbar.article;

/** A validated partial change: null fields stay as they are. */
public record ArticlePatch(
    String title,
    String excerpt,
    String body,
    String topic,
    Boolean breaking,
    String source,
    Photo photo) {

  public boolean isEmpty() {
    return title == null && excerpt == null && body == null && topic == null && breaking == null && source == null
        && photo == null;
  }

  public ArticlePatch withPhoto(Photo lead) {
    return new ArticlePatch(title, excerpt, body, topic, breaking, source, lead);
  }
}
