package news.akhbar.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The highlighted snippet of a hit, built here for the page shown instead of by akhbar_snippet in SQL (which
 * normalised every word of every body through a dozen SQL calls: about 20 ms a hit under load). Same rules as
 * akhbar_snippet (V2__search.sql): the body's text split on white space, a word marked when one of its normalised
 * tokens is a query lexeme or, for lexemes of four letters or more, starts with one; a window of {@code width} words
 * from a little before the first hit; HTML-escaped, only {@code <mark>} is markup ({@link SnippetWord} says which
 * words are marked). A body is read only as far as the window shown ({@link BodyWords}), and each distinct word of a
 * page of hits is normalised once: together about a fifth of what splitting and normalising each whole body cost.
 */
final class Snippets {

  private static final Pattern LEXEME = Pattern.compile("(!?)'((?:[^']|'')+)'");

  private final List<String> lexemes;
  private final int width;
  /** Whether a word (as written) is marked: the same words recur across a page of hits. */
  private final Map<String, Boolean> seen = new HashMap<>();

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

  /** A snippet of html's words marked for these lexemes (the words of one query's hits are normalised once). */
  Snippets(List<String> lexemes, int width) {
    this.lexemes = List.copyOf(lexemes);
    this.width = width;
  }

  /** The words are read only as far as the window shown: a little before the first hit, width words in all. */
  String of(String html) {
    BodyWords body = new BodyWords(html);
    List<String> words = new ArrayList<>();
    List<Boolean> hit = new ArrayList<>();
    int firstHit = -1;
    for (String word = body.next(); word != null; word = body.next()) {
      boolean marked = seen.computeIfAbsent(word, w -> SnippetWord.matches(w, lexemes));
      firstHit = marked && firstHit < 0 ? words.size() : firstHit;
      words.add(word);
      hit.add(marked);
      if (firstHit >= 0 && words.size() >= Math.max(0, firstHit - width / 4) + width) {
        break;   // the window shown is complete: the rest of the body is not read
      }
    }
    int first = Math.max(0, (firstHit < 0 ? 0 : firstHit) - width / 4);
    StringBuilder out = new StringBuilder(first > 0 ? "… " : "");
    for (int n = first; n < Math.min(words.size(), first + width); n++) {
      String e = words.get(n).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      out.append(n > first ? " " : "").append(hit.get(n) ? "<mark>" + e + "</mark>" : e);
    }
    return first + width < words.size() || body.hasNext() ? out.append(" …").toString() : out.toString();
  }
}
