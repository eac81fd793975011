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
    List<Byline> authors) {

  public boolean isEmpty() {
    return title == null && excerpt == null && body == null && topic == null && breaking == null && source == null
        && authors == null;
  }
}
