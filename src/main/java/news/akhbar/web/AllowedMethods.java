package news.akhbar.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request that no route answered gets: a 405 with {@code Allow} when its path is one the routes answer with
 * other methods, else a 404. The methods are read from the router's own routes (a resource is a route with a path,
 * exact or with {@code :params}, and methods), the first time a request needs them, so a route added later is
 * covered without a list to keep. Routes without methods (filters such as auth or CORS), prefix routes
 * ({@code /*}) and pure regex routes name no resource. HEAD is allowed wherever GET is, except where GET opens a
 * stream.
 */
public final class AllowedMethods {

  private static final Pattern PARAM = Pattern.compile(":[A-Za-z][A-Za-z0-9_]*");

  /** One resource: its path as a pattern, and the methods its routes answer. */
  private record Resource(Pattern path, Set<HttpMethod> methods) {}

  private final Router router;
  private final Predicate<String> answersHead;
  private List<Resource> resources;

  /** @param answersHead false for a path where HEAD is refused though GET is not (see FrontDoor.answersHead) */
  public AllowedMethods(Router router, Predicate<String> answersHead) {
    this.router = router;
    this.answersHead = answersHead;
  }

  /** The last handler for a path: 405 naming the methods when the path is known, else a 404 naming what. */
  public Handler<RoutingContext> orNotFound(String what) {
    return rc -> {
      String path = FrontDoor.routedPath(rc.normalizedPath());
      Set<String> allowed = of(path);
      if (allowed.isEmpty() || allowed.contains(rc.request().method().name())) {
        rc.fail(Problem.notFound(what));
      } else {
        rc.fail(Problem.of(405, "method-not-allowed", rc.request().method().name() + " is not allowed here; "
            + "see Allow").withHeader("Allow", String.join(", ", allowed)));
      }
    };
  }

  /** The methods the routes answer on the path, HEAD included where it is answered; empty for an unknown path. */
  Set<String> of(String path) {
    Set<String> methods = new TreeSet<>();
    for (Resource resource : resources()) {
      if (resource.path().matcher(path).matches()) {
        resource.methods().forEach(m -> methods.add(m.name()));
      }
    }
    if (methods.contains("GET") && answersHead.test(path)) {
      methods.add("HEAD");
    }
    return methods;
  }

  private List<Resource> resources() {
    if (resources == null) {   // each verticle has its own router, read on its own event loop
      List<Resource> found = new ArrayList<>();
      for (Route route : router.getRoutes()) {
        Set<HttpMethod> methods = route.methods();
        if (route.getPath() != null && route.isExactPath() && methods != null && !methods.isEmpty()) {
          found.add(new Resource(pattern(route.getPath()), Set.copyOf(methods)));
        }
      }
      resources = List.copyOf(found);
    }
    return resources;
  }

  /** A route path ({@code /api/v1/articles/:id}) as a pattern of the paths it matches. */
  static Pattern pattern(String routePath) {
    String path = FrontDoor.routedPath(routePath);
    Matcher params = PARAM.matcher(path);
    StringBuilder regex = new StringBuilder();
    int from = 0;
    while (params.find()) {
      regex.append(Pattern.quote(path.substring(from, params.start()))).append("[^/]+");
      from = params.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(path.substring(from))).toString());
  }
}
