package news.akhbar.editor;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.JsonBody;
import news.akhbar.web.Problem;

/**
 * Editor accounts, admin only: POST /api/v1/editors (the token is in that answer and nowhere else, ever),
 * GET /api/v1/editors and DELETE /api/v1/editors/{id} (revokes at once).
 */
final class EditorAccountRoutes {

  private static final Set<String> FIELDS = Set.of("name", "role");

  private final EditorStore editors;
  private final BearerAuth auth;
  private final int bodyLimitBytes;

  EditorAccountRoutes(EditorStore editors, BearerAuth auth, int bodyLimitBytes) {
    this.editors = editors;
    this.auth = auth;
    this.bodyLimitBytes = bodyLimitBytes;
  }

  void mount(Router router) {
    // the admin check is on each route, not on the path: a wrong method is a 405 before any token is asked for
    router.post("/api/v1/editors").handler(auth).handler(BearerAuth::requireAdmin).handler(JsonBody::requireJson);
    // a route of its own: Vert.x takes a body handler only ahead of a route's other handlers
    router.post("/api/v1/editors").handler(BodyHandler.create(false).setBodyLimit(bodyLimitBytes))
        .handler(this::addEditor);
    router.get("/api/v1/editors").handler(auth).handler(BearerAuth::requireAdmin).handler(BearerAuth::resume)
        .handler(this::listEditors);
    router.delete("/api/v1/editors/:id").handler(auth).handler(BearerAuth::requireAdmin).handler(BearerAuth::resume)
        .handler(this::revokeEditor);
  }

  void addEditor(RoutingContext rc) {
    Fields f = new Fields(JsonBody.tree(rc.body().buffer()), FIELDS);
    String name = f.text("name", true, 100);
    String role = f.text("role", false, 10);
    if (role != null && !role.equals("editor") && !role.equals("admin")) {
      f.fail("role", "must be editor or admin");
    }
    f.check();
    String token = Tokens.newToken();
    editors.add(name, role == null ? "editor" : role, Tokens.hash(token)).onSuccess(account -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", account.id());
      body.put("name", account.name());
      body.put("role", account.role());
      body.put("createdAt", account.createdAt());
      body.put("token", token);
      rc.response().setStatusCode(201).putHeader("Location", "/api/v1/editors/" + account.id())
          .putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store")
          .end(Json.buffer(body));
    }).onFailure(rc::fail);
  }

  void listEditors(RoutingContext rc) {
    editors.list().onSuccess(list -> rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
        .end(Json.buffer(Map.of("items", list)))).onFailure(rc::fail);
  }

  void revokeEditor(RoutingContext rc) {
    long id = PathIds.of(rc, "editor");
    editors.revoke(id).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(Problem.notFound("editor"));
      } else {
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(Json.buffer(found.get()));
      }
    }).onFailure(rc::fail);
  }
}
