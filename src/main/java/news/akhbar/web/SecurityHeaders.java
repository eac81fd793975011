package news.akhbar.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
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

  private static final CharSequence CSP_HEADER = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CSP);
  private static final CharSequence NOSNIFF_HEADER = HttpHeaders.createOptimized("X-Content-Type-Options");
  private static final CharSequence NOSNIFF_VALUE = HttpHeaders.createOptimized("nosniff");
  private static final CharSequence REFERRER_HEADER = HttpHeaders.createOptimized("Referrer-Policy");
  private static final CharSequence REFERRER_VALUE = HttpHeaders.createOptimized("strict-origin-when-cross-origin");

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
    applyTo(rc.response());
    rc.next();
  }

  /** The same headers on a response answered before the router (see HttpVerticle). */
  public static void applyTo(HttpServerResponse res) {
    res.putHeader(CSP_HEADER, CSP_VALUE).putHeader(NOSNIFF_HEADER, NOSNIFF_VALUE)
        .putHeader(REFERRER_HEADER, REFERRER_VALUE);
  }
}
