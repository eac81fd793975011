package news.akhbar.web;

import io.vertx.core.http.HttpServerRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one check of a request's URL, made by the {@link FrontDoor} before any route or the router sees it: the path
 * and the query string must be valid percent-encoding ({@code %zz} or a trailing {@code %} is not), their escapes
 * must decode to UTF-8 ({@code %C3%28} or {@code %FF} does not), and neither may hold a control character once
 * decoded. Otherwise the request is a 400 naming the part: "path", the query parameter, or "query" when the
 * parameter's own name is what is wrong.
 *
 * <p>Controls are the C0 range and DEL, tab excepted: a tab is ordinary white space in pasted text (a search), legal
 * in XML, JSON and PostgreSQL alike, and no route gives it a meaning. NUL above all: PostgreSQL refuses it in text, so
 * it turned a read into a 500; the others would reach a feed's XML, where they are not allowed either.
 */
public final class UrlGuard {

  private UrlGuard() {
  }

  /** The problem with the request's URL, or null when it may go on. */
  public static Problem check(HttpServerRequest req) {
    String path = req.path();
    if (path != null && decode(path) == null) {
      return Problem.field("path", "not valid percent-encoded UTF-8, or holds a control character");
    }
    String query = req.query();
    return query == null ? null : checkQuery(query);
  }

  private static Problem checkQuery(String query) {
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (name == null) {
        return Problem.field("query", "a parameter name is not valid percent-encoded UTF-8 (write % as %25)");
      }
      if (eq >= 0 && decode(pair.substring(eq + 1)) == null) {
        return Problem.field(name, "not valid percent-encoded UTF-8, or holds a control character (write % as %25)");
      }
    }
    return null;
  }

  /** The text decoded as UTF-8 ("+" left as it is), or null when it is malformed or holds a control character. */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return controlFree(raw) ? raw : null;
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else if (i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
        bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
        i += 2;
      } else {
        return null;
      }
    }
    try {
      CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
      return controlFree(text) ? text.toString() : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean controlFree(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static int hex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
