package news.akhbar.page;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.regex.Pattern;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Stored;
import news.akhbar.web.Caching;

/** GET /a/{slug}: the article page, with validators from the article's last event so a CDN revalidates with 304. */
public final class ArticlePageRoutes {

  private static final String HTML = "text/html; charset=utf-8";
  /** What a Host header may hold before it goes into the page's links; anything else gets the server's address. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

  private final ArticleStore store;
  private final ArticlePage page = new ArticlePage();

  public ArticlePageRoutes(ArticleStore store) {
    this.store = store;
  }

  public void mount(Router router) {
    router.get("/a/:slug").handler(this::showArticle);
  }

  /** The router has percent-decoded the slug already. */
  void showArticle(RoutingContext rc) {
    store.getBySlug(rc.pathParam("slug")).onSuccess(found -> send(rc, found)).onFailure(rc::fail);
  }

  private void send(RoutingContext rc, Optional<Stored> found) {
    if (found.isEmpty() || found.get().retracted()) {
      int status = found.isEmpty() ? 404 : 410;
      rc.response().setStatusCode(status).putHeader("Content-Type", HTML)
          .putHeader("Cache-Control", "public, max-age=15").end(page.missing(status));
      return;
    }
    Article a = found.get().article();
    if (!Caching.notModified(rc, Caching.weakTag("p" + a.id(), a.eventId(), page.version), ArticlePage.modified(a),
        Caching.ARTICLES)) {
      rc.response().putHeader("Content-Type", HTML).end(page.article(a, origin(rc.request())));
    }
  }

  /** scheme://host[:port] as the reader asked for it, so shared links point where the page was read. */
  static String origin(HttpServerRequest req) {
    HostAndPort authority = req.authority();
    boolean valid = authority != null && HOST.matcher(authority.host()).matches();
    String host = valid ? authority.host() : req.localAddress().hostAddress();
    int port = valid ? authority.port() : req.localAddress().port();
    return req.scheme() + "://" + host + (port > 0 ? ":" + port : "");
  }
}
