package news.akhbar.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The highlighted snippet of a hit, built here for the page shown instead of by akhbar_snippet in SQL (which
 * normalised every word of every body through a dozen SQL calls: about 20 ms a hit under load). Same rules as
 * akhbar_snippet (V2__search.sql): the body's text split on white space, a word marked when one of its normalised
 * tokens is a query lexeme or, for lexemes of four letters or more, starts with one; a window of {@code width} words
 * from a little before the first hit; HTML-escaped, only {@code <mark>} is markup. The normalisation mirrors
 * akhbar_normalize; the query's lexemes come from PostgreSQL, so what is highlighted is what the index matched.
 * Latin accents are dropped by decomposition here (unaccent there): ligatures such as æ may differ, which only
 * changes a highlight, never a result.
 */
final class Snippets {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("[\u064B-\u065F\u0670\u0640]");
  private static final Pattern ARTICLE = Pattern.compile(
      "(^|[^\u0621-\u064A])(وال|فال|بال|كال|لل|ال)(?=[\u0621-\u064A]{2})");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern LEXEME = Pattern.compile("(!?)'((?:[^']|'')+)'");
  private static final String FROM = "أإآٱىیکةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
  private static final String TO = "ااااييكهءء01234567890123456789";

  private Snippets() {
  }

  /** The positive lexemes of a tsquery's text form ('a' & !'b' <-> 'c':*). */
  static List<String> lexemes(String tsquery) {
    List<String> out = new ArrayList<>();
    if (tsquery == null) {
      return out;
    }
    Matcher m = LEXEME.matcher(tsquery);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        out.add(m.group(2).replace("''", "'"));
      }
    }
    return out;
  }

  static String of(String html, List<String> lexemes, int width) {
    String text = ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").strip();
    String[] words = text.isEmpty() ? new String[0] : SPACE.split(text);
    int firstHit = -1;
    boolean[] hit = new boolean[words.length];
    for (int n = 0; n < words.length; n++) {
      if (firstHit >= 0 && n >= Math.max(0, firstHit - width / 4) + width) {
        break;   // past the window shown: no need to normalise the rest of the body
      }
      hit[n] = matches(words[n], lexemes);
      if (hit[n] && firstHit < 0) {
        firstHit = n;
      }
    }
    int first = Math.max(0, (firstHit < 0 ? 0 : firstHit) - width / 4);
    StringBuilder out = new StringBuilder(first > 0 ? "… " : "");
    for (int n = first; n < Math.min(words.length, first + width); n++) {
      String e = words[n].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      out.append(n > first ? " " : "").append(hit[n] ? "<mark>" + e + "</mark>" : e);
    }
    return first + width < words.length ? out.append(" …").toString() : out.toString();
  }

  private static boolean matches(String word, List<String> lexemes) {
    Matcher tokens = TOKEN.matcher(normalize(word));
    while (tokens.find()) {
      String token = tokens.group();
      for (String lexeme : lexemes) {
        if (token.equals(lexeme) || (lexeme.codePointCount(0, lexeme.length()) >= 4 && token.startsWith(lexeme))) {
          return true;
        }
      }
    }
    return false;
  }

  /** akhbar_normalize, for one word. */
  static String normalize(String word) {
    String w = Normalizer.normalize(word, Normalizer.Form.NFKC);
    if (!w.chars().allMatch(c -> c < 0x80 || (c >= 0x0600 && c <= 0x06FF))) {
      w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("[\\p{InCombiningDiacriticalMarks}]", "");
    }
    w = MARKS.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
    StringBuilder mapped = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      int at = FROM.indexOf(w.charAt(i));
      mapped.append(at < 0 ? w.charAt(i) : TO.charAt(at));
    }
    return ARTICLE.matcher(mapped).replaceAll("$1");
  }
}
