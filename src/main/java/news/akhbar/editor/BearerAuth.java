package news.akhbar.editor;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import news.akhbar.web.Problem;

/**
 * Lets a request through only with "Authorization: Bearer &lt;token&gt;" naming the admin token or a live editor's
 * token, and puts the {@link Principal} in the routing context. The admin token is compared as a SHA-256 digest with
 * a constant-time equality; editor tokens are looked up by their hash in PostgreSQL on every request (no cache), so
 * a revocation holds from the next request on. Missing, malformed, unknown and revoked tokens all get the same 401.
 */
public final class BearerAuth implements Handler<RoutingContext> {

  /** What a token can look like; the console checks a pasted token against it before asking the server. */
  static final String TOKEN_SHAPE = "[A-Za-z0-9._~+/=-]{1,256}";
  private static final Pattern TOKEN = Pattern.compile(TOKEN_SHAPE);

  private final byte[] adminDigest;
  private final EditorStore editors;

  public BearerAuth(String adminToken, EditorStore editors) {
    this.adminDigest = Tokens.hash(adminToken);
    this.editors = editors;
  }

  @Override
  public void handle(RoutingContext rc) {
    String header = rc.request().getHeader("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
    if (!TOKEN.matcher(token).matches()) {
      throw Problem.unauthorized();
    }
    byte[] digest = Tokens.hash(token);
    if (MessageDigest.isEqual(adminDigest, digest)) {
      rc.put(Principal.KEY, Principal.ADMIN);
      rc.next();
      return;
    }
    HttpServerRequest req = rc.request();
    // The body (if any) waits for the lookup: BodyHandler or the handler after us resumes it, and a refused one is
    // left to RequestBodies (drained if small, else the connection is closed after the 401).
    req.pause();
    editors.byTokenHash(digest).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(Problem.unauthorized());
        return;
      }
      rc.put(Principal.KEY, new Principal(Long.parseLong(found.get().id()), found.get().name(), found.get().role()));
      rc.next();
    }).onFailure(rc::fail);
  }

  /** After {@link BearerAuth}: admin role only; an editor token gets 403. */
  public static void requireAdmin(RoutingContext rc) {
    if (!Principal.of(rc).admin()) {
      throw Problem.of(403, "forbidden", "only an admin may manage editors");
    }
    rc.next();
  }

  /** Ends the pause {@link BearerAuth} may have left, for routes that read no body. */
  public static void resume(RoutingContext rc) {
    rc.request().resume();
    rc.next();
  }
}
