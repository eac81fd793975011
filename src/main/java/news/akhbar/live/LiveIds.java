package news.akhbar.live;

import io.vertx.ext.web.RoutingContext;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/** The numeric ids in live routes' paths and queries: anything else is a 400 naming the parameter. */
final class LiveIds {

  private LiveIds() {
  }

  static long path(RoutingContext rc, String name) {
    return number(rc.pathParam(name), name);
  }

  /** A query parameter: fallback when absent. */
  static long query(RoutingContext rc, String name, long fallback) {
    String text = rc.request().getParam(name);
    return text == null ? fallback : number(text, name);
  }

  private static long number(String text, String name) {
    long id = PathIds.parse(text);
    if (id < 0) {
      throw Problem.field(name, "must be a non-negative whole number");
    }
    return id;
  }
}
