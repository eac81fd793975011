package news.akhbar.web;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;

/** A short id per request, echoed as X-Request-Id and written on every log line about the request. */
public final class RequestIds {

  private static final String KEY = "requestId";

  private RequestIds() {
  }

  public static void assign(RoutingContext rc) {
    String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    rc.put(KEY, id);
    rc.response().putHeader("X-Request-Id", id);
    rc.next();
  }

  public static String of(RoutingContext rc) {
    String id = rc.get(KEY);
    return id == null ? "-" : id;
  }
}
