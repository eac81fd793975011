package news.akhbar.editor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.function.Function;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Author;
import news.akhbar.article.Idempotency;
import news.akhbar.article.Idempotency.StoredReply;
import news.akhbar.web.JsonBody;
import news.akhbar.web.Problem;

/**
 * What another feature's newsroom writes share with the articles': the bearer token, the per-editor write limit
 * (one budget for all of an editor's writes), the JSON content type, Idempotency-Keys and the author of a write.
 */
public final class EditorGate {

  private final BearerAuth auth;
  private final WriteLimiter limiter;
  private final ArticleStore replies;

  EditorGate(BearerAuth auth, WriteLimiter limiter, ArticleStore replies) {
    this.auth = auth;
    this.limiter = limiter;
    this.replies = replies;
  }

  /** A write with a JSON body: token, write limit and content type are checked before the body is read. */
  public void guardJson(Route route) {
    route.handler(auth).handler(limiter::handle).handler(JsonBody::requireJson);
  }

  /** A write with another kind of body: token and write limit, then the caller's check of the head (type, query). */
  public void guardWith(Route route, io.vertx.core.Handler<RoutingContext> headCheck) {
    route.handler(auth).handler(limiter::handle).handler(headCheck);
  }

  /** A write without a body: token and write limit. */
  public void guard(Route route) {
    route.handler(auth).handler(limiter::handle).handler(BearerAuth::resume);
  }

  /** Who wrote, for the audit trail (after a guard). */
  public static Author author(RoutingContext rc) {
    return Principal.of(rc).author();
  }

  /** The request's Idempotency-Key for this body, or null without one; a malformed key is a 400. */
  public static Idempotency idempotency(RoutingContext rc, JsonNode json) {
    return EditorRoutes.idempotency(rc, Principal.of(rc), json);
  }

  /**
   * Runs a write once per key: a retry gets the first answer back (and writes nothing); the same key with another
   * body is a 422. Without a key, the write just runs.
   */
  public Future<StoredReply> once(Idempotency key, Function<Idempotency, Future<StoredReply>> fresh) {
    return once(replies, key, fresh);
  }

  static Future<StoredReply> once(ArticleStore replies, Idempotency key,
      Function<Idempotency, Future<StoredReply>> fresh) {
    if (key == null) {
      return fresh.apply(null);
    }
    return replies.earlierReply(key).compose(earlier -> earlier.isPresent() ? replay(earlier.get(), key)
        : fresh.apply(key).recover(err -> err instanceof Idempotency.DuplicateRequest
            ? replies.earlierReply(key).compose(again -> replay(again.orElseThrow(), key))
            : Future.failedFuture(err)));
  }

  private static Future<StoredReply> replay(StoredReply earlier, Idempotency key) {
    if (!Arrays.equals(earlier.requestHash(), key.requestHash())) {
      return Future.failedFuture(Problem.of(422, "idempotency-key-reused",
          "this Idempotency-Key was already used with a different request body"));
    }
    return Future.succeededFuture(earlier);
  }
}
