package news.akhbar.editor;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import news.akhbar.article.Revisions;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/**
 * What editors (any role) can read or cancel beside the articles: GET /api/v1/scheduled, DELETE
 * /api/v1/scheduled/{id}, and the audit trail GET /api/v1/articles/{id}/revisions.
 */
final class ScheduledRoutes {

  private final ScheduledStore scheduled;
  private final Revisions revisions;
  private final BearerAuth auth;

  ScheduledRoutes(ScheduledStore scheduled, Revisions revisions, BearerAuth auth) {
    this.scheduled = scheduled;
    this.revisions = revisions;
    this.auth = auth;
  }

  void mount(Router router) {
    router.get("/api/v1/scheduled").handler(auth).handler(BearerAuth::resume).handler(this::listScheduled);
    router.delete("/api/v1/scheduled/:id").handler(auth).handler(BearerAuth::resume).handler(this::cancelScheduled);
    router.get("/api/v1/articles/:id/revisions").handler(auth).handler(BearerAuth::resume)
        .handler(this::listRevisions);
  }

  void listScheduled(RoutingContext rc) {
    scheduled.list().onSuccess(items -> json(rc, Map.of("items", items))).onFailure(rc::fail);
  }

  void cancelScheduled(RoutingContext rc) {
    long id = PathIds.of(rc, "scheduled article");
    scheduled.cancel(id).onSuccess(cancelled -> {
      if (cancelled) {
        rc.response().setStatusCode(204).end();
      } else {
        rc.fail(Problem.notFound("scheduled article"));
      }
    }).onFailure(rc::fail);
  }

  void listRevisions(RoutingContext rc) {
    long id = PathIds.of(rc, "article");
    revisions.of(id).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(Problem.notFound("article"));
        return;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("articleId", Long.toString(id));
      body.put("items", found.get());
      json(rc, body);
    }).onFailure(rc::fail);
  }

  private static void json(RoutingContext rc, Object body) {
    rc.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
        .end(Json.buffer(body));
  }
}
