package news.akhbar.editor;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import news.akhbar.web.Problem;

/**
 * Lets a request through only with "Authorization: Bearer &lt;token&gt;" naming a known token. Tokens are compared
 * as SHA-256 digests with a constant-time equality, so neither timing nor length tells how close a guess was; every
 * failure is the same 401.
 */
public final class BearerAuth implements Handler<RoutingContext> {

  private final byte[] adminDigest;

  public BearerAuth(String adminToken) {
    this.adminDigest = digest(adminToken);
  }

  @Override
  public void handle(RoutingContext rc) {
    String header = rc.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
        || !MessageDigest.isEqual(adminDigest, digest(header.substring(7).trim()))) {
      throw Problem.unauthorized();
    }
    rc.next();
  }

  static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
