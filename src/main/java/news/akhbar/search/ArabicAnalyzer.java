package news.akhbar.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The index's idea of "the same word", equal to akhbar_normalize (V2/V5 migrations) that PostgreSQL's search uses:
 * NFKC (presentation forms, the lam-alef ligature), Latin accents folded (Erdoğan = erdogan, İstanbul = istanbul,
 * {@link LatinFoldingFilter}) and lower case; tashkeel, the superscript alef and tatweel removed; alef forms أ إ آ ٱ to ا, ى and Persian ی to ي,
 * Persian ک to ك, ة to ه, the hamza seats ؤ ئ to ء; Arabic-Indic and Persian digits to 0-9; the article ال and its
 * proclitic forms stripped ({@link ArabicArticleFilter}). Lucene's ArabicNormalizationFilter does the alef, yeh,
 * teh marbuta and tashkeel part; the char map the rest it does not know.
 *
 * <p>Field {@link #STEMS} adds Lucene's light Arabic stemmer on top, the counterpart of PostgreSQL's 'arabic' stems.
 */
final class ArabicAnalyzer extends Analyzer {

  static final String STEMS = "stems";

  private static final NormalizeCharMap MAP = map();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(MAP, new StringReader(nfkc(readAll(reader))));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream words = new ArabicArticleFilter(new ArabicNormalizationFilter(
        new LowerCaseFilter(new LatinFoldingFilter(source))));
    return new TokenStreamComponents(source, STEMS.equals(fieldName) ? new ArabicStemFilter(words) : words);
  }

  /** NFKC only where the text is not already in it, as akhbar_normalize does. */
  static String nfkc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  private static String readAll(Reader reader) {
    StringBuilder out = new StringBuilder();
    char[] chunk = new char[4096];
    try {
      for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
        out.append(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static NormalizeCharMap map() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    String from = "ٱیکؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
    String to = "ايكءء01234567890123456789";
    for (int i = 0; i < from.length(); i++) {
      map.add(from.substring(i, i + 1), to.substring(i, i + 1));
    }
    for (char mark = '\u064B'; mark <= '\u065F'; mark++) {
      map.add(String.valueOf(mark), "");
    }
    map.add("\u0670", "");
    map.add("\u0640", "");
    return map.build();
  }
}
