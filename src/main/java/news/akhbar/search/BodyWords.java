package news.akhbar.search;

/**
 * The words of a body's HTML as a snippet shows them, read one at a time so that a snippet stops reading where its
 * window ends: the same words as replacing each tag ({@code <…>}) and then each entity ({@code &amp;}) by a space,
 * stripping the text and splitting it on white space ({@code \s+}), without doing that to the whole body first.
 */
final class BodyWords {

  private final String html;
  /** Past this no '<' starts a tag. */
  private final int lastClose;
  private int at;
  private boolean first = true;

  BodyWords(String html) {
    this.html = html;
    this.lastClose = html.lastIndexOf('>');
  }

  /** The next word, or null after the last one; white space the text's strip would remove is not a word. */
  String next() {
    String word = raw();
    if (first) {
      while (word != null && (word = word.stripLeading()).isEmpty()) {
        word = raw();
      }
      first = false;
    }
    if (word == null || !Character.isWhitespace(word.charAt(word.length() - 1))) {
      return word;
    }
    int mark = at;
    String following = raw();
    while (following != null && following.isBlank()) {
      following = raw();
    }
    at = mark;
    String last = word.stripTrailing();
    return following != null ? word : last.isEmpty() ? null : last;
  }

  /** Whether another word follows (looked at without reading it). */
  boolean hasNext() {
    int mark = at;
    boolean wasFirst = first;
    String word = next();
    at = mark;
    first = wasFirst;
    return word != null;
  }

  /** The next run of characters between separators (ASCII white space, a tag, an entity); null at the end. */
  private String raw() {
    int start = -1;
    while (at < html.length()) {
      int skip = separator(at);
      if (skip == 0) {
        start = start < 0 ? at : start;
        at++;
      } else if (start >= 0) {
        String word = html.substring(start, at);
        at += skip;
        return word;
      } else {
        at += skip;
      }
    }
    return start < 0 ? null : html.substring(start);
  }

  /** How many characters from i are a separator: one white space character, a whole tag or entity; 0 if none. */
  private int separator(int i) {
    char c = html.charAt(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
      return 1;
    }
    if (c == '<') {
      return i < lastClose ? html.indexOf('>', i + 1) - i + 1 : 0;
    }
    if (c == '&') {
      int j = i + 1;
      while (j < html.length() && entityChar(html.charAt(j))) {
        j++;
      }
      return j > i + 1 && j < html.length() && html.charAt(j) == ';' ? j - i + 1 : 0;
    }
    return 0;
  }

  private static boolean entityChar(char c) {
    return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
