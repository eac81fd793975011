package news.akhbar.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the definite article from a token's start, as akhbar_normalize does (V2__search.sql): ال and its proclitic
 * forms وال فال بال كال and لل (ل + ال), tried in that order, when at least two Arabic letters (U+0621..U+064A)
 * follow. Runs after the letters are normalised, so أل is already ال.
 */
final class ArabicArticleFilter extends TokenFilter {

  private static final String[] PREFIXES = {"وال", "فال", "بال", "كال", "لل", "ال"};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ArabicArticleFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (String prefix : PREFIXES) {
      int p = prefix.length();
      if (length >= p + 2 && startsWith(buffer, prefix) && arabicLetter(buffer[p]) && arabicLetter(buffer[p + 1])) {
        System.arraycopy(buffer, p, buffer, 0, length - p);
        term.setLength(length - p);
        break;
      }
    }
    return true;
  }

  private static boolean startsWith(char[] buffer, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (buffer[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean arabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
