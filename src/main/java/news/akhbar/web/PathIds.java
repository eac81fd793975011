package news.akhbar.web;

import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The numeric {@code :id} of a route; anything that is not a number names nothing here, so it is a 404. */
public final class PathIds {

  private PathIds() {
  }

  public static long of(RoutingContext rc, String what) {
    long id = parse(rc.pathParam("id"));
    if (id < 0) {
      throw Problem.notFound(what);
    }
    return id;
  }

  /** A plain non-negative decimal id, or -1. */
  public static long parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 18) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(text);
  }

  /** Percent-encodes text as UTF-8 for a path segment or a query value (a space as %20, never +). */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The path of an article's page. */
  public static String articlePath(String slug) {
    return "/a/" + encode(slug);
  }

  /** The path of the live page of an article with a live coverage. */
  public static String livePath(String slug) {
    return "/live/" + encode(slug);
  }

  /**
   * A path segment percent-decoded as UTF-8, as the router decodes path parameters ("+" stays "+"); null when it is
   * not valid percent-encoding.
   */
  public static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          return null;
        }
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
