package news.akhbar.live;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import news.akhbar.editor.BearerAuth;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/** GET /api/v1/live/{id}/audience: how many read a coverage now, across the instances (editors, bearer auth). */
public final class AudienceRoutes {

  private final LiveAudience audience;
  private final BearerAuth auth;

  public AudienceRoutes(LiveAudience audience, BearerAuth auth) {
    this.audience = audience;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.get("/api/v1/live/:id/audience").handler(auth).handler(BearerAuth::resume).handler(this::getAudience);
  }

  void getAudience(RoutingContext rc) {
    long id = PathIds.parse(rc.pathParam("id"));
    if (id < 0) {
      throw Problem.field("id", "a coverage id is a number");
    }
    audience.of(id).onSuccess(view -> rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store").end(Json.buffer(view))).onFailure(rc::fail);
  }
}
