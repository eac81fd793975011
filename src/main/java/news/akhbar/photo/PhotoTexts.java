package news.akhbar.photo;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.web.Problem;

/**
 * A photo's texts, from the upload's query: alt (required, visible text, for readers who cannot see the picture),
 * caption and credit (optional). Checked before the body is read.
 */
record PhotoTexts(String alt, String caption, String credit) {

  static final int ALT_MAX = 300;
  static final int CAPTION_MAX = 600;
  static final int CREDIT_MAX = 200;

  static PhotoTexts of(MultiMap query) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String alt = text(query, "alt", ALT_MAX, errors);
    if (alt == null && errors.isEmpty()) {
      errors.add(new Problem.FieldError("alt", "is required: describe the picture for readers who cannot see it"));
    }
    String caption = text(query, "caption", CAPTION_MAX, errors);
    String credit = text(query, "credit", CREDIT_MAX, errors);
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new PhotoTexts(alt, caption, credit);
  }

  /** The parameter stripped, null when absent or blank; one value, at most max characters, no control characters. */
  private static String text(MultiMap query, String name, int max, List<Problem.FieldError> errors) {
    List<String> all = query.getAll(name);
    if (all.size() > 1) {
      errors.add(new Problem.FieldError(name, "must be given once"));
      return null;
    }
    String value = all.isEmpty() ? null : all.get(0).strip();
    if (value == null || value.isEmpty() || value.codePoints().allMatch(c -> Character.isWhitespace(c)
        || Character.getType(c) == Character.FORMAT)) {
      return null;
    }
    if (value.codePointCount(0, value.length()) > max) {
      errors.add(new Problem.FieldError(name, "must be at most " + max + " characters"));
    } else if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      errors.add(new Problem.FieldError(name, "must not contain control characters"));
    }
    return value;
  }
}
