package news.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's query as Lucene sees it, with the rules of PostgreSQL's websearch_to_tsquery that today's search uses:
 * words must all match; "a quoted phrase" matches its words in order; {@code or} between two words takes either;
 * {@code -word} excludes. Nothing else is syntax: {@code * : ( ~ ^ [} and the like are plain text, which the analyzer
 * drops. Each word matches its normalised form in the title, excerpt or body (title weighs most), a longer word of
 * four letters or more also as a prefix (وزير finds وزيرة), or its light stem. At most {@link #MAX_WORDS} words count.
 *
 * @param query null when the text holds no word to look for: the search finds nothing, without any work
 * @param lexemes the normalised words looked for, which the snippet marks
 */
record SearchWords(Query query, List<String> lexemes) {

  static final int MAX_WORDS = 16;
  static final String TITLE = "title";
  static final String EXCERPT = "excerpt";
  static final String BODY = "body";
  private static final String[] FIELDS = {TITLE, EXCERPT, BODY};
  private static final float[] BOOSTS = {5f, 2f, 1f};
  private static final int PREFIX_LETTERS = 4;

  /** One piece of the reader's text: a word or a quoted phrase, and how it joins the rest. */
  private record Piece(String text, boolean phrase, boolean negated, boolean orWithPrevious) {}

  static SearchWords parse(String text, Analyzer analyzer) {
    List<Piece> pieces = pieces(text);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<String> lexemes = new ArrayList<>();
    BooleanQuery.Builder either = null;
    int positive = 0;
    int words = 0;
    for (Piece piece : pieces) {
      List<String> tokens = tokens(analyzer, BODY, piece.text());
      if (tokens.isEmpty() || words >= MAX_WORDS) {
        continue;
      }
      words += tokens.size();
      Query q = tokens.size() == 1 && !piece.phrase()
          ? word(tokens.get(0), tokens(analyzer, ArabicAnalyzer.STEMS, piece.text())) : phrase(tokens);
      if (piece.negated()) {
        all.add(q, Occur.MUST_NOT);
        continue;
      }
      lexemes.addAll(tokens);
      if (piece.orWithPrevious() && either != null) {
        either.add(q, Occur.SHOULD);
        continue;
      }
      if (either != null) {
        all.add(either.build(), Occur.MUST);
      }
      either = new BooleanQuery.Builder().add(q, Occur.SHOULD);
      positive++;
    }
    if (either != null) {
      all.add(either.build(), Occur.MUST);
    }
    return new SearchWords(positive == 0 ? null : all.build(), List.copyOf(lexemes));
  }

  /** Words, "phrases", -negations and the word or, as websearch_to_tsquery reads them. */
  private static List<Piece> pieces(String text) {
    List<Piece> out = new ArrayList<>();
    boolean or = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      int start = negated ? i + 1 : i;
      if (start < text.length() && text.charAt(start) == '"') {
        int end = text.indexOf('"', start + 1);
        end = end < 0 ? text.length() : end;
        out.add(new Piece(text.substring(start + 1, end), true, negated, or));
        i = end + 1;
      } else {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
          end++;
        }
        String word = text.substring(start, end);
        i = end;
        if (!negated && word.equalsIgnoreCase("or") && !out.isEmpty()) {
          or = true;
          continue;
        }
        out.add(new Piece(word, false, negated, or));
      }
      or = false;
    }
    return out;
  }

  /** The normalised word in any field (prefix too when long enough), or its stem. */
  private static Query word(String token, List<String> stems) {
    List<Query> any = new ArrayList<>();
    boolean prefix = token.codePointCount(0, token.length()) >= PREFIX_LETTERS;
    for (int f = 0; f < FIELDS.length; f++) {
      Term term = new Term(FIELDS[f], token);
      Query q = prefix ? new BooleanQuery.Builder().add(new TermQuery(term), Occur.SHOULD)
          .add(new PrefixQuery(term), Occur.SHOULD).build() : new TermQuery(term);
      any.add(new BoostQuery(q, BOOSTS[f]));
    }
    for (String stem : stems) {
      any.add(new BoostQuery(new TermQuery(new Term(ArabicAnalyzer.STEMS, stem)), 0.5f));
    }
    return new DisjunctionMaxQuery(any, 0.1f);
  }

  private static Query phrase(List<String> tokens) {
    List<Query> any = new ArrayList<>();
    for (int f = 0; f < FIELDS.length; f++) {
      any.add(new BoostQuery(new PhraseQuery(FIELDS[f], tokens.toArray(new String[0])), BOOSTS[f]));
    }
    return new DisjunctionMaxQuery(any, 0.1f);
  }

  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
