package news.akhbar.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ASCIIFoldingFilter} (Erdoğan = erdogan, İstanbul = istanbul), without its cost on Arabic: that
 * filter runs every character of a token holding anything beyond ASCII through a switch of several thousand cases,
 * a sixth of an article's indexing time, though it leaves the Arabic block (U+0600..U+06FF) as it is. Here a token
 * whose characters are all ASCII or Arabic is passed on untouched; any other is folded exactly as that filter folds it.
 */
final class LatinFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] folded = new char[64];

  LatinFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    boolean more = input.incrementToken();
    if (more && beyondArabicAndAscii()) {
      fold(term.buffer(), term.length());
    }
    return more;
  }

  private boolean beyondArabicAndAscii() {
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= '\u0080' && (c < '\u0600' || c > '\u06FF')) {
        return true;
      }
    }
    return false;
  }

  private void fold(char[] buffer, int length) {
    int most = 4 * length;   // one character folds to at most four
    if (folded.length < most) {
      folded = new char[most];
    }
    int n = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
    term.copyBuffer(folded, 0, n);
  }
}
