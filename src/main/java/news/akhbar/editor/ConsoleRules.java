package news.akhbar.editor;

import java.util.Map;

/**
 * The editors' rules the console states before it asks the server, taken from where the server keeps them: the
 * title's length and what a token looks like. The page sends them to the browser in its state.
 */
public final class ConsoleRules {

  private ConsoleRules() {
  }

  /** titleMax (characters) and tokenPattern (a regular expression that both Java and JavaScript read alike). */
  public static Map<String, Object> asMap() {
    return Map.of("titleMax", ArticleRequest.TITLE_MAX, "tokenPattern", BearerAuth.TOKEN_SHAPE);
  }
}
