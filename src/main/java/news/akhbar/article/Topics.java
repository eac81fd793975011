package news.akhbar.article;

import java.util.regex.Pattern;

/**
 * What a topic looks like: the one rule an editor's topic is checked against on write and a reader's ?topic= filter
 * on read (a filter of another shape could never match, and would otherwise reach a feed's title as it was sent).
 */
public final class Topics {

  public static final int MAX = 40;
  /** Said to the client in a 400. */
  public static final String RULE = "letters, digits, - or _, at most " + MAX + ", no spaces";
  private static final Pattern SHAPE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0," + (MAX - 1) + "}");

  private Topics() {
  }

  public static boolean fits(String topic) {
    return SHAPE.matcher(topic).matches();
  }

  public static Pattern shape() {
    return SHAPE;
  }
}
