package news.akhbar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

/** Latin accents fold as Lucene's ASCIIFoldingFilter folds them, and Arabic is passed by without that filter's work. */
class SearchLatinFoldingTest {

  private static final ArabicAnalyzer ANALYZER = new ArabicAnalyzer();

  @Test
  void lucenesFoldingLeavesEveryCharacterOfTheArabicBlockAsItIs() {
    for (char c = '\u0600'; c <= '\u06FF'; c++) {
      char[] out = new char[4];
      int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
      assertEquals(String.valueOf(c), new String(out, 0, n), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void latinAccentsFoldInLatinWordsAndInWordsMixingBothScripts() {
    assertEquals(List.of("erdogan", "istanbul", "cafe"), SearchWords.tokens(ANALYZER, SearchWords.BODY,
        "Erdoğan İstanbul café"));
    assertEquals(List.of("قهوهcafe", "o"), SearchWords.tokens(ANALYZER, SearchWords.BODY, "القهوةcafé Ø"));
    assertEquals(List.of("وزير", "اقتصاد"), SearchWords.tokens(ANALYZER, SearchWords.BODY, "وَزِيرُ الاقتصاد"));
  }
}
