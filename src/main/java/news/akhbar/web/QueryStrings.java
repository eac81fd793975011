package news.akhbar.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A query string that is not valid percent-encoding ({@code ?topic=%zz}) is refused as a 400 naming "query", before
 * any handler reads a parameter: decoding it would throw out of whichever handler asked first.
 */
public final class QueryStrings {

  private QueryStrings() {
  }

  /** True when the request has no query string or one that decodes (the decoded parameters are kept on it). */
  public static boolean readable(HttpServerRequest req) {
    if (req.query() == null) {
      return true;
    }
    try {
      req.params();
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Router handler, ahead of every route that reads parameters. */
  public static void check(RoutingContext rc) {
    if (readable(rc.request())) {
      rc.next();
    } else {
      rc.fail(Problem.field("query", "the query string is not valid percent-encoding (write % as %25)"));
    }
  }
}
