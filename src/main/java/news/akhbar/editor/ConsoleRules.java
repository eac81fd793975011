package news.akhbar.editor;

import java.util.Map;

/**
 * The editors' rules the console states before it asks the server, taken from where the server keeps them: the
 * title's and the topic's lengths and what a token looks like. The page sends them to the browser in its state.
 */
public final class ConsoleRules {

  private ConsoleRules() {
  }

  /**
   * titleMax and topicMax (characters) and tokenPattern (a regular expression that both Java and JavaScript read
   * alike).
   */
  public static Map<String, Object> asMap() {
    return Map.of("titleMax", ArticleRequest.TITLE_MAX, "topicMax", ArticleRequest.TOPIC_MAX,
        "tokenPattern", BearerAuth.TOKEN_SHAPE);
  }
}
