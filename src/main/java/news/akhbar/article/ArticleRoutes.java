package news.akhbar.article;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import news.akhbar.web.Json;
import news.akhbar.web.Problem;

/** The readers' API: GET /api/v1/articles (newest first, keyset pages) and GET /api/v1/articles/{id}. */
public final class ArticleRoutes {

  private final ArticleStore store;
  private final PageCache fallback = new PageCache(60_000);

  public ArticleRoutes(ArticleStore store) {
    this.store = store;
  }

  public void mount(Router router) {
    router.get("/api/v1/articles").handler(this::listArticles);
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

  private static void sendPage(RoutingContext rc, ListQuery query, Page page, boolean stale) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", page.items());
    body.put("lastEventId", page.lastEventId());
    body.put("next", page.items().size() < query.limit() ? null
        : Cursor.after(page.items().get(page.items().size() - 1)).encode());
    if (stale) {
      body.put("stale", true);
    }
    rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .end(Json.buffer(body));
  }

  void getArticle(RoutingContext rc) {
    long id;
    try {
      id = Long.parseLong(rc.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Problem.notFound("article");
    }
    store.get(id).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(Problem.notFound("article"));
      } else if (found.get().retracted()) {
        rc.fail(Problem.of(410, "gone", "article " + id + " was retracted"));
      } else {
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
            .end(Json.buffer(found.get().article()));
      }
    }).onFailure(rc::fail);
  }
}
