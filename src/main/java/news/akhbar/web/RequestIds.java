package news.akhbar.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;

/** A short id per request, echoed as X-Request-Id and written on every log line about the request. */
public final class RequestIds {

  private static final String KEY = "requestId";
  private static final CharSequence HEADER = io.vertx.core.http.HttpHeaders.createOptimized("X-Request-Id");

  private RequestIds() {
  }

  public static void assign(RoutingContext rc) {
    rc.put(KEY, assign(rc.response()));
    rc.next();
  }

  /** Gives a response answered without the router its id; returns it. */
  public static String assign(HttpServerResponse res) {
    String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    res.putHeader(HEADER, id);
    return id;
  }

  public static String of(RoutingContext rc) {
    String id = rc.get(KEY);
    return id == null ? "-" : id;
  }
}
