package news.akhbar.article;

import java.text.Normalizer;

/**
 * Readable, stable slugs: the title's words (Arabic letters kept, diacritics and tatweel dropped) joined by
 * hyphens, then the article id, which makes them unique. Computed once at creation and never changed.
 */
public final class Slugs {

  private static final int MAX_WORDS_CHARS = 60;

  private Slugs() {
  }

  public static String of(String title, long id) {
    String text = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < text.length() && out.length() < MAX_WORDS_CHARS; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp)) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.appendCodePoint(cp);
      } else {
        dash = true;
      }
    }
    return out.length() == 0 ? Long.toString(id) : out + "-" + id;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || cp == 0x0640;
  }
}
