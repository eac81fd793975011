package news.akhbar.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.akhbar.web.Problem;

/**
 * Reads the fields of a JSON request body, collecting every error so one 400 names them all. Text is trimmed and
 * NFC-normalised; lone surrogates, NUL (which PostgreSQL text cannot hold) and other C0/C1 control characters
 * (except tab, CR and LF) are refused.
 */
public final class Fields {

  private final JsonNode body;
  private final List<Problem.FieldError> errors;
  private final String prefix;

  public Fields(JsonNode body, Set<String> known) {
    this(checked(body), known, "", new ArrayList<>());
  }

  private Fields(JsonNode body, Set<String> known, String prefix, List<Problem.FieldError> errors) {
    this.body = body;
    this.errors = errors;
    this.prefix = prefix;
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        fail(name, "unknown field");
      }
    }
  }

  private static JsonNode checked(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Problem.field("body", "must be a JSON object");
    }
    return body;
  }

  /**
   * The fields of an object nested in this body (an array's item, named like {@code authors[0]}): its errors join
   * this body's, named {@code authors[0].name}; null, with an error, when it is not an object.
   */
  Fields nested(String path, JsonNode node, Set<String> known) {
    if (node == null || !node.isObject()) {
      errors.add(new Problem.FieldError(prefix + path, "must be a JSON object"));
      return null;
    }
    return new Fields(node, known, prefix + path + ".", errors);
  }

  /** The JSON value of a field as sent (null when absent). */
  JsonNode node(String name) {
    return body.get(name);
  }

  public boolean has(String name) {
    return body.has(name) && !body.get(name).isNull();
  }

  /** Null when absent or JSON null; else the stripped, NFC-normalised text, checked for length. */
  public String text(String name, boolean required, int maxChars) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        fail(name, "is required");
      }
      return null;
    }
    if (!node.isTextual()) {
      fail(name, "must be a string");
      return null;
    }
    String raw = node.textValue();
    String bad = unstorable(raw);
    if (bad != null) {
      fail(name, bad);
      return null;
    }
    String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    if (required && !visible(text)) {
      fail(name, "must not be blank");
      return null;
    }
    if (text.codePointCount(0, text.length()) > maxChars) {
      fail(name, "must be at most " + maxChars + " characters");
      return null;
    }
    return text;
  }

  /**
   * Optional text that shows something when given: null when absent, JSON null or "" (none); a 400 when it is only
   * white space or invisible characters (a title of \u200b or \u202e alone would look empty wherever it is shown).
   */
  public String shown(String name, int maxChars) {
    String text = text(name, false, maxChars);
    if (text != null && !visible(text) && !body.get(name).textValue().isEmpty()) {
      fail(name, "must show visible text (or be left out)");
      return null;
    }
    return text == null || text.isEmpty() ? null : text;
  }

  String matching(String name, Pattern pattern, String fallback, String rule) {
    String text = text(name, false, 64);
    if (text == null) {
      return fallback;
    }
    if (!pattern.matcher(text).matches()) {
      fail(name, rule);
      return fallback;
    }
    return text;
  }

  /**
   * An RFC 3339 instant with an offset (2025-01-01T10:00:00Z, ...+03:00): a four-digit year, so ISO-8601's signed
   * and expanded years (-000001-…, +999999-…) are refused; null when absent.
   */
  Instant instant(String name) {
    String text = text(name, false, 64);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() < 5 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
        throw new DateTimeException("not a four-digit year");
      }
      return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeException | ArithmeticException e) {
      fail(name, "must be an ISO-8601 time with an offset, such as 2025-05-01T08:00:00Z");
      return null;
    }
  }

  public Boolean bool(String name) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      fail(name, "must be true or false");
      return null;
    }
    return node.booleanValue();
  }

  public void fail(String name, String message) {
    errors.add(new Problem.FieldError(prefix + name, message));
  }

  /** Throws one 400 naming every invalid field, if any. */
  public void check() {
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
  }

  /**
   * Whether text shows anything: false when it is empty or only white space and invisible format characters (zero
   * width spaces and joiners, direction marks, no-break spaces). The one rule for required text.
   */
  public static boolean visible(String text) {
    return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && Character.getType(c) != Character.FORMAT);
  }

  private static String unstorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return "must not contain NUL characters";
      }
      if (isControl(c)) {
        return "must not contain control characters (only tab, CR and LF are allowed)";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return "contains invalid Unicode (a lone surrogate)";
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return "contains invalid Unicode (a lone surrogate)";
      }
    }
    return null;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7f && c <= 0x9f);
  }
}
