package news.akhbar.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for HTML text and quoted attributes, and one-pass {{name}} templates read from resources/page/. */
final class Html {

  /** The pages' content type. */
  static final String CONTENT_TYPE = "text/html; charset=utf-8";

  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

  private Html() {
  }

  /** Safe in element text and in a double- or single-quoted attribute value. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Fills each {{name}} of the template with its value, as given (callers escape). One pass over the template only,
   * so a value that happens to contain "{{…}}" is never filled in turn.
   */
  static String fill(String template, Map<String, String> values) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder(template.length() * 2);
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A template from the classpath, read once at start-up. */
  static String template(String resource) {
    try (InputStream in = Html.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
