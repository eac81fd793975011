package news.akhbar.article;

import java.util.List;

/** A validated partial change: null fields stay as they are. */
public record ArticlePatch(
    String title,
    String excerpt,
    String body,
    String topic,
    Boolean breaking,
    String source,
    List<Byline> authors,
    Photo photo) {

  public boolean isEmpty() {
    return title == null && excerpt == null && body == null && topic == null && breaking == null && source == null
        && authors == null && photo == null;
  }

  public ArticlePatch withPhoto(Photo lead) {
    return new ArticlePatch(title, excerpt, body, topic, breaking, source, authors, lead);
  }

  public ArticlePatch withBody(String html) {
    return new ArticlePatch(title, excerpt, html, topic, breaking, source, authors, photo);
  }
}
