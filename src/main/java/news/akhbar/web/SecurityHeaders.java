package news.akhbar.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/**
 * Headers every response carries: a strict Content-Security-Policy (no inline script), nosniff and a referrer
 * policy. CORS for /api is off (no Access-Control-* headers) unless origins are configured.
 */
public final class SecurityHeaders {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {
  }

  /** Mount first, so even error answers carry the headers. */
  public static void mount(Router router, List<String> corsOrigins) {
    router.route().handler(SecurityHeaders::apply);
    if (!corsOrigins.isEmpty()) {
      router.route("/api/*").handler(CorsHandler.create().addOrigins(corsOrigins)
          .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PATCH, HttpMethod.DELETE))
          .allowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID"))
          .exposedHeaders(Set.of("Location", "Retry-After", "X-Request-Id")));
    }
  }

  static void apply(RoutingContext rc) {
    rc.response()
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    rc.next();
  }
}
