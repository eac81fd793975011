package news.akhbar.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * HTTP validators for a CDN in front: the Cache-Control of lists and articles, and whether a request's
 * If-None-Match (checked first, RFC 9110 §13.2.2) or If-Modified-Since says it already holds a version.
 */
public final class Caching {

  /** Lists change with every publish: a CDN may serve them 5 s, then stale while it revalidates. */
  public static final String LISTS = "public, max-age=5, stale-while-revalidate=30";
  /** An article changes only when edited. */
  public static final String ARTICLES = "public, max-age=15, stale-while-revalidate=60";

  private Caching() {
  }

  /**
   * True when the request already holds this version: If-None-Match names one of the tags (weak or strong, or *),
   * or, without If-None-Match, If-Modified-Since is not before lastModified (RFC 9110 §13.2.2).
   *
   * @param lastModified null when unknown
   */
  public static boolean matches(HttpServerRequest req, Instant lastModified, String... etags) {
    String ifNoneMatch = req.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = opaque(candidate.strip());
        if (tag.equals("*") || List.of(etags).contains(tag)) {
          return true;
        }
      }
      return false;
    }
    String since = req.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
    if (since == null || lastModified == null) {
      return false;
    }
    Instant client = HttpDates.parse(since);   // null for a date in no HTTP form: the header is ignored
    return client != null && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(client);
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
