package news.akhbar.editor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import news.akhbar.article.Committed;
import news.akhbar.article.Idempotency;
import news.akhbar.article.MissingArticle;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.JsonBody;
import news.akhbar.web.Problem;

/**
 * The newsroom's writes: POST, PATCH and DELETE on /api/v1/articles, behind a bearer token and the per-editor write
 * limit. A POST may carry an Idempotency-Key and a publishAt.
 */
final class EditorRoutes {

  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  private final Publisher publisher;
  private final BearerAuth auth;
  private final WriteLimiter limiter;
  private final int bodyLimitBytes;

  EditorRoutes(Publisher publisher, BearerAuth auth, WriteLimiter limiter, int bodyLimitBytes) {
    this.publisher = publisher;
    this.auth = auth;
    this.limiter = limiter;
    this.bodyLimitBytes = bodyLimitBytes;
  }

  void mount(Router router) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(bodyLimitBytes);
    // Token, write limit and content type are checked on their own routes, before the body is read.
    router.post("/api/v1/articles").handler(auth).handler(limiter::handle).handler(JsonBody::requireJson);
    router.patch("/api/v1/articles/:id").handler(auth).handler(limiter::handle).handler(JsonBody::requireJson);
    router.delete("/api/v1/articles/:id").handler(auth).handler(limiter::handle).handler(BearerAuth::resume);
    router.post("/api/v1/articles").handler(body).handler(this::postArticle);
    router.patch("/api/v1/articles/:id").handler(body).handler(this::patchArticle);
    router.delete("/api/v1/articles/:id").handler(this::retractArticle);
  }

  void postArticle(RoutingContext rc) {
    JsonNode json = JsonBody.tree(rc.body().buffer());
    Principal who = Principal.of(rc);
    ArticleRequest.Create request = ArticleRequest.create(json, Bylines.of(who));
    publisher.create(request, who, idempotency(rc, who, json))
        .onSuccess(reply -> rc.response().setStatusCode(reply.status())
            .putHeader("Location", reply.location())
            .putHeader("Content-Type", "application/json; charset=utf-8")
            .end(reply.body()))
        .onFailure(rc::fail);
  }

  static Idempotency idempotency(RoutingContext rc, Principal who, JsonNode json) {
    String key = rc.request().getHeader("Idempotency-Key");
    if (key == null) {
      return null;
    }
    if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
      throw Problem.field("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
    }
    return new Idempotency(who.key(), key, Tokens.hash(Json.string(json)));
  }

  void patchArticle(RoutingContext rc) {
    long id = PathIds.of(rc, "article");
    ArticleRequest.Change change = ArticleRequest.change(JsonBody.tree(rc.body().buffer()));
    reply(rc, publisher.update(id, change, Principal.of(rc)).map(Committed::article));
  }

  void retractArticle(RoutingContext rc) {
    long id = PathIds.of(rc, "article");
    reply(rc, publisher.retract(id, Principal.of(rc))
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
}
