package news.akhbar.editor;

import java.util.Map;

/**
 * The editors' rules the console states before it asks the server, taken from where the server keeps them: the
 * title's and the topic's lengths, a live entry's title and body lengths, and what a token looks like. The page sends
 * them to the browser in its state.
 */
public final class ConsoleRules {

  /**
   * The longest title of a live entry (characters), which live/EntryRequest enforces. It is kept here, below the live
   * package, so that the page can state it without a second copy.
   */
  public static final int ENTRY_TITLE_MAX = 200;

  private ConsoleRules() {
  }

  /**
   * titleMax and topicMax (an article's), authorsMax and authorNameMax (its bylines), entryTitleMax and entryBodyMax
   * (a live entry's; characters) and tokenPattern (a regular expression that both Java and JavaScript read alike).
   */
  public static Map<String, Object> asMap() {
    return Map.of("titleMax", ArticleRequest.TITLE_MAX, "topicMax", ArticleRequest.TOPIC_MAX,
        "entryTitleMax", ENTRY_TITLE_MAX, "entryBodyMax", BodyCleaner.BODY_MAX, "tokenPattern", BearerAuth.TOKEN_SHAPE,
        "authorsMax", Bylines.MAX, "authorNameMax", Bylines.NAME_MAX);
  }
}
