package news.akhbar.editor;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Committed;
import news.akhbar.article.MissingArticle;
import news.akhbar.fanout.FanOut;
import news.akhbar.web.Json;
import news.akhbar.web.Problem;

/** The newsroom's writes: POST, PATCH and DELETE on /api/v1/articles, behind a bearer token. */
public final class EditorRoutes {

  private final Publisher publisher;
  private final BearerAuth auth;
  private final int bodyLimitBytes;

  public EditorRoutes(ArticleStore store, FanOut fanOut, String adminToken, int bodyLimitBytes) {
    this.publisher = new Publisher(store, fanOut);
    this.auth = new BearerAuth(adminToken);
    this.bodyLimitBytes = bodyLimitBytes;
  }

  public void mount(Router router) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(bodyLimitBytes);
    // Token and content type are checked on their own routes, before the body is read.
    router.post("/api/v1/articles").handler(auth).handler(EditorRoutes::requireJson);
    router.patch("/api/v1/articles/:id").handler(auth).handler(EditorRoutes::requireJson);
    router.delete("/api/v1/articles/:id").handler(auth);
    router.post("/api/v1/articles").handler(body).handler(this::postArticle);
    router.patch("/api/v1/articles/:id").handler(body).handler(this::patchArticle);
    router.delete("/api/v1/articles/:id").handler(this::retractArticle);
  }

  void postArticle(RoutingContext rc) {
    ArticleRequest.Create request = ArticleRequest.create(Json.tree(rc.body().buffer()));
    publisher.create(request)
        .onSuccess(c -> rc.response().setStatusCode(201)
            .putHeader("Location", "/api/v1/articles/" + c.article().id())
            .putHeader("Content-Type", "application/json; charset=utf-8")
            .end(Json.buffer(c.article())))
        .onFailure(rc::fail);
  }

  void patchArticle(RoutingContext rc) {
    long id = idOf(rc);
    ArticleRequest.Change change = ArticleRequest.change(Json.tree(rc.body().buffer()));
    reply(rc, publisher.update(id, change).map(Committed::article));
  }

  void retractArticle(RoutingContext rc) {
    long id = idOf(rc);
    reply(rc, publisher.retract(id)
        .map(c -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("id", c.article().id());
          body.put("eventId", Long.toString(c.event().id()));
          body.put("retracted", true);
          return body;
        }));
  }

  private static void reply(RoutingContext rc, Future<?> result) {
    result.onSuccess(value -> rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
            .end(Json.buffer(value)))
        .onFailure(err -> rc.fail(err instanceof MissingArticle missing ? gone(missing) : err));
  }

  private static Problem gone(MissingArticle missing) {
    return missing.retracted() ? Problem.of(410, "gone", missing.getMessage())
        : Problem.notFound("article");
  }

  static long idOf(RoutingContext rc) {
    try {
      return Long.parseLong(rc.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Problem.notFound("article");
    }
  }

  private static void requireJson(RoutingContext rc) {
    String type = rc.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw Problem.of(415, "unsupported-media-type", "send Content-Type: application/json");
    }
    rc.next();
  }
}
