package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppEnv;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest extends AppTest {

  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' https: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private HttpResponse<Buffer> request(HttpMethod method, String uri, Map<String, String> headers) {
    var req = app.web().request(method, app.port(), "127.0.0.1", uri);
    headers.forEach(req::putHeader);
    return Await.of(req.send());
  }

  @Test
  void pagesApiAnswersAndErrorsAllCarryTheSecurityHeaders() {
    for (String uri : List.of("/", "/feed.atom", "/api/v1/articles", "/api/v1/articles/999", "/nowhere",
        "/api/v1/editors")) {
      HttpResponse<Buffer> res = request(HttpMethod.GET, uri, Map.of());
      String csp = res.getHeader("Content-Security-Policy");
      assertEquals(CSP, csp, uri);
      assertEquals("nosniff", res.getHeader("X-Content-Type-Options"), uri);
      assertEquals("strict-origin-when-cross-origin", res.getHeader("Referrer-Policy"), uri);
    }
  }

  @Test
  void corsIsOffUnlessOriginsAreConfigured() {
    HttpResponse<Buffer> simple = request(HttpMethod.GET, "/api/v1/articles", Map.of("Origin", "https://a.example"));
    HttpResponse<Buffer> preflight = request(HttpMethod.OPTIONS, "/api/v1/articles", Map.of(
        "Origin", "https://a.example", "Access-Control-Request-Method", "POST"));

    assertEquals(200, simple.statusCode());
    assertNull(simple.getHeader("Access-Control-Allow-Origin"));
    assertNull(preflight.getHeader("Access-Control-Allow-Origin"));
  }

  @Test
  @AppEnv("AKHBAR_CORS_ORIGINS=https://desk.example, https://app.example")
  void configuredOriginsAndOnlyThoseGetCorsOnTheApi() {
    HttpResponse<Buffer> preflight = request(HttpMethod.OPTIONS, "/api/v1/articles", Map.of(
        "Origin", "https://desk.example", "Access-Control-Request-Method", "POST",
        "Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key"));
    HttpResponse<Buffer> other = request(HttpMethod.GET, "/api/v1/articles", Map.of("Origin", "https://evil.example"));

    assertEquals("https://desk.example", preflight.getHeader("Access-Control-Allow-Origin"));
    assertTrue(preflight.getHeader("Access-Control-Allow-Headers").contains("Idempotency-Key"));
    assertNull(other.getHeader("Access-Control-Allow-Origin"));
    assertEquals(403, other.statusCode());
  }
}
