package news.akhbar.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * HTTP validators for a CDN in front: weak ETags (valid across gzip), Last-Modified, Cache-Control, and 304 when the
 * request's If-None-Match (checked first, RFC 9110 §13.2.2) or If-Modified-Since matches.
 */
public final class Caching {

  /** Lists change with every publish: a CDN may serve them 5 s, then stale while it revalidates. */
  public static final String LISTS = "public, max-age=5, stale-while-revalidate=30";
  /** An article changes only when edited. */
  public static final String ARTICLES = "public, max-age=15, stale-while-revalidate=60";

  private Caching() {
  }

  /** A weak entity tag from its parts: W/"a-b-c". */
  public static String weakTag(String... parts) {
    return "W/\"" + String.join("-", parts).replace("\"", "") + "\"";
  }

  /**
   * Puts the validators and Cache-Control on the response. Returns true after ending it with 304 when the request
   * already holds this version; the caller then writes nothing.
   *
   * @param lastModified null when unknown
   */
  public static boolean notModified(RoutingContext rc, String etag, Instant lastModified, String cacheControl) {
    HttpServerResponse res = rc.response().putHeader(HttpHeaders.ETAG, etag)
        .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).putHeader(HttpHeaders.VARY, "Accept-Encoding");
    if (lastModified != null) {
      res.putHeader(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
    }
    if (!matches(rc.request(), etag, lastModified)) {
      return false;
    }
    res.setStatusCode(304).end();
    return true;
  }

  /** Route handler that keeps a response out of gzip (Vert.x skips responses with a Content-Encoding). */
  public static void uncompressed(RoutingContext rc) {
    rc.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
    rc.next();
  }

  static boolean matches(HttpServerRequest req, String etag, Instant lastModified) {
    String ifNoneMatch = req.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      String mine = opaque(etag);
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.equals("*") || opaque(tag).equals(mine)) {
          return true;
        }
      }
      return false;
    }
    String since = req.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
    if (since == null || lastModified == null) {
      return false;
    }
    try {
      Instant client = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(client);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  public static String httpDate(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
