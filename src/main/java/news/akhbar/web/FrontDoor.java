package news.akhbar.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one request handler. First the {@link UrlGuard}: a URL that does not decode, or decodes to a control
 * character, is a 400 here, before any route, whatever the method and origin. Then a GET (or HEAD) that a
 * {@link HotRoute} owns is offered to that route once, before the router: memory's answer goes out with the headers
 * the router would have set. Everything else goes through the router: other methods, a memory miss (whose handler
 * then asks the store), and CORS requests, which memory answers only after the router's CORS handler.
 */
public final class FrontDoor implements Handler<HttpServerRequest> {

  private static final Logger log = LoggerFactory.getLogger(FrontDoor.class);

  private final Router router;
  private final boolean cors;
  private final List<HotRoute> routes;

  private FrontDoor(Router router, boolean cors, List<HotRoute> routes) {
    this.router = router;
    this.cors = cors;
    this.routes = List.copyOf(routes);
  }

  /**
   * Mounts the router's own front on an empty router, ahead of every feature's routes: HEAD as GET, security
   * headers and CORS, request ids, then memory for CORS requests.
   *
   * @param routes asked in this order; the first that matches a path owns it
   */
  public static FrontDoor open(Router router, List<String> corsOrigins, List<HotRoute> routes) {
    FrontDoor door = new FrontDoor(router, !corsOrigins.isEmpty(), routes);
    router.route().method(HttpMethod.HEAD).handler(door::headAsGet);
    SecurityHeaders.mount(router, corsOrigins);
    router.route().handler(RequestIds::assign);
    if (door.cors) {
      router.route().method(HttpMethod.GET).handler(door::crossOriginFromMemory);
    }
    return door;
  }

  /** The path as the router matches it: without a trailing slash (the root excepted). */
  public static String routedPath(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public void handle(HttpServerRequest req) {
    Problem refused = UrlGuard.check(req);
    if (refused != null) {
      UnreadableRequests.refuse(req, refused, false);
      return;
    }
    String path = routedPath(req.path());
    // a GET that carries a body goes through the router, whose body watch bounds what is read of it
    HotRoute route = crossOrigin(req) || RequestBodies.contentLength(req) != 0 ? null : owner(req.method(), path);
    if (route == null || !answered(route, req, path)) {
      router.handle(req);
    }
  }

  private boolean answered(HotRoute route, HttpServerRequest req, String path) {
    HttpServerResponse res = req.response();
    SecurityHeaders.applyTo(res);
    String requestId = RequestIds.assign(res);
    try {
      if (route.tryServe(req, path)) {
        return true;
      }
    } catch (RuntimeException e) {
      // thrown out of a request handler it would leave the reader waiting for ever; answer the 500 instead
      log.atError().addKeyValue("requestId", requestId).setCause(e)
          .log("{} {} failed [{}]", req.method(), req.path(), requestId);
      ProblemHandler.send(res, ProblemHandler.internal());
      return true;
    }
    res.headers().clear();   // the router sets its own
    return false;
  }

  /** False where a GET opens a stream, which HEAD may not (see {@link #headAsGet}); the methods' Allow says so. */
  public boolean answersHead(String path) {
    HotRoute route = matching(path);
    return route == null || route.answersHead();
  }

  /** The route that owns a GET, or a HEAD it answers; null for anything else. */
  private HotRoute owner(HttpMethod method, String path) {
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      return null;
    }
    HotRoute route = matching(path);
    return route != null && (method == HttpMethod.GET || route.answersHead()) ? route : null;
  }

  private HotRoute matching(String path) {
    for (HotRoute route : routes) {
      if (route.matches(path)) {
        return route;
      }
    }
    return null;
  }

  private boolean crossOrigin(HttpServerRequest req) {
    return cors && req.getHeader("Origin") != null;
  }

  /**
   * HEAD is answered as GET, whose body Vert.x then leaves out, except where a route does not answer HEAD (a
   * stream): 405 there, on the path as the router routes it (dot segments and a trailing slash do not get past).
   */
  private void headAsGet(RoutingContext rc) {
    HotRoute route = matching(routedPath(rc.normalizedPath()));
    if (route != null && !route.answersHead()) {
      rc.fail(Problem.of(405, "method-not-allowed", "this resource answers GET only").withHeader("Allow", "GET"));
    } else {
      rc.reroute(HttpMethod.GET, rc.request().uri());
    }
  }

  /** A CORS request skipped memory before the router; past the CORS handler, it is offered to memory, once. */
  private void crossOriginFromMemory(RoutingContext rc) {
    String path = routedPath(rc.request().path());
    HotRoute route = crossOrigin(rc.request()) ? owner(rc.request().method(), path) : null;
    if (route == null || !route.tryServe(rc.request(), path)) {
      rc.next();
    }
  }
}
