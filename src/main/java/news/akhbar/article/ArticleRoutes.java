package news.akhbar.article;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import news.akhbar.web.Caching;
import news.akhbar.web.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/**
 * The readers' API: GET /api/v1/articles (newest first, keyset pages), GET /api/v1/articles/{id} and
 * GET /api/v1/articles/by-slug/{slug}, all with validators so a CDN and browsers revalidate with a 304.
 */
public final class ArticleRoutes {

  private final ArticleStore store;
  private final PageCache fallback = new PageCache(60_000);

  public ArticleRoutes(ArticleStore store) {
    this.store = store;
  }

  public void mount(Router router) {
    router.get("/api/v1/articles").handler(this::listArticles);
    router.get("/api/v1/articles/by-slug/:slug").handler(this::getArticleBySlug);
    router.get("/api/v1/articles/:id").handler(this::getArticle);
  }

  void listArticles(RoutingContext rc) {
    ListQuery query = ListQueries.from(rc.queryParams());
    String key = query.toString();
    store.list(query).onSuccess(page -> {
      fallback.put(key, page);
      sendPage(rc, query, page, false);
    }).onFailure(err -> {
      Page stale = err instanceof Problem p && p.status() == 503 ? fallback.recent(key) : null;
      if (stale != null) {
        sendPage(rc, query, stale, true);
      } else {
        rc.fail(err);
      }
    });
  }

  /** A fresh page is cacheable (ETag, Last-Modified, 304); a stale one, served while PostgreSQL is away, is not. */
  private static void sendPage(RoutingContext rc, ListQuery query, Page page, boolean stale) {
    if (stale) {
      rc.response().putHeader("Cache-Control", "no-cache");
    } else {
      String queryHash = Integer.toHexString(String.valueOf(rc.request().query()).hashCode());
      if (Caching.notModified(rc, Caching.weakTag("l" + page.lastEventId(), queryHash), page.lastModified(),
          Caching.LISTS)) {
        return;
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", page.items());
    body.put("lastEventId", page.lastEventId());
    body.put("next", page.items().size() < query.limit() ? null
        : Cursor.after(page.items().get(page.items().size() - 1)).encode());
    if (stale) {
      body.put("stale", true);
    }
    rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(Json.buffer(body));
  }

  void getArticle(RoutingContext rc) {
    long id = PathIds.of(rc, "article");
    store.get(id).onSuccess(found -> sendArticle(rc, found, "article " + id)).onFailure(rc::fail);
  }

  /** The router has already percent-decoded the slug (UTF-8), so Arabic slugs arrive as text. */
  void getArticleBySlug(RoutingContext rc) {
    String slug = rc.pathParam("slug");
    store.getBySlug(slug).onSuccess(found -> sendArticle(rc, found, "article " + slug)).onFailure(rc::fail);
  }

  private static void sendArticle(RoutingContext rc, Optional<Stored> found, String name) {
    if (found.isEmpty()) {
      rc.fail(Problem.notFound("article"));
    } else if (found.get().retracted()) {
      rc.fail(Problem.of(410, "gone", name + " was retracted"));
    } else {
      Article article = found.get().article();
      if (!Caching.notModified(rc, Caching.weakTag("a" + article.id(), article.eventId()), article.updatedAt(),
          Caching.ARTICLES)) {
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(Json.buffer(article));
      }
    }
  }
}
