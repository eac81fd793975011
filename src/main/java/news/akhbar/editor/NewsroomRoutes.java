package news.akhbar.editor;

import io.vertx.ext.web.Router;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Photos;
import news.akhbar.article.Revisions;
import news.akhbar.fanout.FanOut;

/**
 * Everything the editors' routes share across event loops (stores, fan-out, the per-process write limiter), and
 * the one call that mounts them all.
 */
public record NewsroomRoutes(ArticleStore articles, EditorStore editors, ScheduledStore scheduled, Revisions revisions,
                       Photos photos, FanOut fanOut, WriteLimiter limiter, String adminToken, int bodyLimitBytes) {

  public void mount(Router router) {
    BearerAuth auth = new BearerAuth(adminToken, editors);
    Publisher publisher = new Publisher(articles, scheduled, photos, fanOut);
    new EditorRoutes(publisher, auth, limiter, bodyLimitBytes).mount(router);
    new EditorAccountRoutes(editors, auth, bodyLimitBytes).mount(router);
    new ScheduledRoutes(scheduled, revisions, auth).mount(router);
  }

  /** The same token check, write limit and idempotency for another feature's newsroom writes. */
  public EditorGate gate() {
    return new EditorGate(new BearerAuth(adminToken, editors), limiter, articles);
  }
}
