package news.akhbar.web;

import io.vertx.ext.web.RoutingContext;

/** The numeric {@code :id} of a route; anything that is not a number names nothing here, so it is a 404. */
public final class PathIds {

  private PathIds() {
  }

  public static long of(RoutingContext rc, String what) {
    try {
      return Long.parseLong(rc.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Problem.notFound(what);
    }
  }
}
