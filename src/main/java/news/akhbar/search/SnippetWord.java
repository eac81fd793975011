package news.akhbar.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether a word of a body is marked in a snippet: one of its normalised tokens ({@code [\p{L}\p{N}]+}) is a query
 * lexeme or, for lexemes of four letters or more, starts with one. The normalisation is akhbar_normalize
 * (V2__search.sql) for one word, in one pass over the characters rather than a chain of regular expressions:
 * NFKC, Latin accents dropped by decomposition, lower case; tashkeel, the superscript alef and tatweel removed; alef
 * forms to ا, ى and ی to ي, ک to ك, ة to ه, ؤ ئ to ء, both Arabic digit forms to 0-9; then the article (ال, وال,
 * فال, بال, كال, لل) dropped where a word starts, when two Arabic letters follow. Unaccent there may differ on
 * ligatures such as æ, which only changes a highlight, never a result.
 */
final class SnippetWord {

  private static final String FROM = "أإآٱىیکةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
  private static final String TO = "ااااييكهءء01234567890123456789";
  private static final String[] ARTICLES = {"وال", "فال", "بال", "كال", "لل", "ال"};
  /** What each character of the Arabic block becomes: itself, its mapped form, or 0 (dropped). */
  private static final char[] ARABIC = arabic();

  private SnippetWord() {
  }

  static boolean matches(String word, List<String> lexemes) {
    String w = normalize(word);
    int i = 0;
    while (i < w.length()) {
      if (!letterOrNumber(w.codePointAt(i))) {
        i += Character.charCount(w.codePointAt(i));
        continue;
      }
      int start = i;
      while (i < w.length() && letterOrNumber(w.codePointAt(i))) {
        i += Character.charCount(w.codePointAt(i));
      }
      if (matchesToken(w.substring(start, i), lexemes)) {
        return true;
      }
    }
    return false;
  }

  /** akhbar_normalize, for one word. */
  static String normalize(String word) {
    String w = Normalizer.isNormalized(word, Normalizer.Form.NFKC) ? word
        : Normalizer.normalize(word, Normalizer.Form.NFKC);
    if (!arabicOrAscii(w)) {
      w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("[\\p{InCombiningDiacriticalMarks}]", "");
    }
    w = w.toLowerCase(Locale.ROOT);
    StringBuilder mapped = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char m = c >= 0x0600 && c <= 0x06FF ? ARABIC[c - 0x0600] : c;
      if (m != 0) {
        mapped.append(m);
      }
    }
    return withoutArticle(mapped);
  }

  private static boolean matchesToken(String token, List<String> lexemes) {
    for (String lexeme : lexemes) {
      if (token.equals(lexeme) || (lexeme.codePointCount(0, lexeme.length()) >= 4 && token.startsWith(lexeme))) {
        return true;
      }
    }
    return false;
  }

  /** The article dropped where a word starts (the text's start, or after anything but an Arabic letter). */
  private static String withoutArticle(StringBuilder w) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < w.length(); i++) {
      if (i > 0 && arabicLetter(w.charAt(i - 1))) {
        continue;
      }
      for (String article : ARTICLES) {
        int p = i + article.length();
        if (p + 1 < w.length() && startsWith(w, i, article) && arabicLetter(w.charAt(p))
            && arabicLetter(w.charAt(p + 1))) {
          out = (out == null ? new StringBuilder(w.length()) : out).append(w, copied, i);
          copied = p;
          break;
        }
      }
    }
    return out == null ? w.toString() : out.append(w, copied, w.length()).toString();
  }

  private static boolean startsWith(StringBuilder w, int at, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (w.charAt(at + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrNumber(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean arabicOrAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 0x80 && (c < 0x0600 || c > 0x06FF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean arabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }

  private static char[] arabic() {
    char[] map = new char[0x100];
    for (int i = 0; i < map.length; i++) {
      map[i] = (char) (0x0600 + i);
    }
    for (int i = 0; i < FROM.length(); i++) {
      map[FROM.charAt(i) - 0x0600] = TO.charAt(i);
    }
    for (char mark = '\u064B'; mark <= '\u065F'; mark++) {
      map[mark - 0x0600] = 0;
    }
    map['\u0670' - 0x0600] = 0;
    map['\u0640' - 0x0600] = 0;
    return map;
  }
}
