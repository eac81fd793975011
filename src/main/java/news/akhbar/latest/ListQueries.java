package news.akhbar.latest;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.Topics;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/** Reads a {@link ListQuery} from query parameters, naming any bad one in a 400. */
public final class ListQueries {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private ListQueries() {
  }

  public static ListQuery from(MultiMap params) {
    List<Problem.FieldError> errors = new ArrayList<>();
    int limit = DEFAULT_LIMIT;
    String limitText = params.get("limit");
    if (limitText != null) {
      long asked = PathIds.parse(limitText);   // ASCII digits only, as the document's integer
      if (asked < 0) {
        errors.add(new Problem.FieldError("limit", "must be an integer between 1 and " + MAX_LIMIT));
      } else if (asked < 1 || asked > MAX_LIMIT) {
        errors.add(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT));
      } else {
        limit = (int) asked;
      }
    }
    Cursor before = null;
    String beforeText = params.get("before");
    if (beforeText != null && !beforeText.isEmpty()) {
      before = Cursor.decode(beforeText);
      if (before == null) {
        errors.add(new Problem.FieldError("before", "is not a cursor from a previous page's next"));
      }
    }
    Boolean breaking = null;
    String breakingText = params.get("breaking");
    if (breakingText != null) {
      if (!breakingText.equals("true") && !breakingText.equals("false")) {
        errors.add(new Problem.FieldError("breaking", "must be true or false"));
      } else {
        breaking = Boolean.valueOf(breakingText);
      }
    }
    String topic = null;
    try {
      topic = topic(params.get("topic"));
    } catch (Problem invalid) {
      errors.add(new Problem.FieldError("topic", Topics.RULE));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new ListQuery(limit, topic, blankToNull(params.get("lang")), breaking, before);
  }

  /** A reader's ?topic= filter: null when absent or blank; a 400 naming topic when no topic could look like it. */
  public static String topic(String param) {
    String topic = blankToNull(param);
    boolean controls = param != null && param.chars().anyMatch(Character::isISOControl);   // even "blank" ones
    if (controls || topic != null && !Topics.fits(topic)) {
      throw Problem.field("topic", Topics.RULE);
    }
    return topic;
  }

  /** A topic or language as given by a reader: trimmed and lower-cased; null when absent or blank. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
