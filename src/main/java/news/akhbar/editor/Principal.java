package news.akhbar.editor;

import io.vertx.ext.web.RoutingContext;
import news.akhbar.article.Author;

/**
 * Who an authenticated request comes from, put in the routing context by {@link BearerAuth}.
 *
 * @param id the editor account id, or null for the admin token
 * @param name the editor's name ("admin" for the admin token)
 * @param role editor or admin
 */
public record Principal(Long id, String name, String role) {

  static final String KEY = "akhbar.principal";
  static final Principal ADMIN = new Principal(null, "admin", "admin");

  public static Principal of(RoutingContext rc) {
    return rc.get(KEY);
  }

  public boolean admin() {
    return "admin".equals(role);
  }

  /** The key that idempotency and rate limits are kept under. */
  String key() {
    return id == null ? "admin" : "editor:" + id;
  }

  Author author() {
    return id == null ? Author.ADMIN : new Author(id, name);
  }
}
