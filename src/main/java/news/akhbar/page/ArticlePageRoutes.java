package news.akhbar.page;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleStore;
import news.akhbar.latest.ListQuery;
import news.akhbar.latest.Page;
import news.akhbar.article.Stored;
import news.akhbar.latest.LatestNews;
import news.akhbar.latest.LiveStories;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.ReadGate;
import news.akhbar.latest.Snapshot;
import news.akhbar.topic.NamedTopics;
import news.akhbar.web.Caching;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.HotRoute;
import news.akhbar.web.Origins;
import news.akhbar.web.PathIds;

/**
 * GET /a/{slug}: the article page with its sidebar. When memory holds the article and the sidebar, the page is
 * encoded once per event ({@link #tryServe}, before the router), and a retraction seen here answers 410 at once;
 * anything else is read from the store. Validators change with the article and with the sidebar.
 */
public final class ArticlePageRoutes implements HotRoute {

  private static final String PREFIX = "/a/";
  private static final ListQuery SIDEBAR = ListQuery.latest(PageState.PAGE_SIZE);
  /** The 410 page: one for every retracted slug. */

  /** What a rendered article page depends on besides the snapshot. */
  private record Key(String articleId, String origin, String banner) {
  }

  private final LatestNews latest;
  private final ArticleStore store;
  private final ListStore lists;
  private final Origins origins;
  private final ReadGate reads;
  private final NamedTopics names;
  private final ArticlePage page = new ArticlePage();
  private final MissingPage missing = new MissingPage();
  /** The page of a retracted article: the same for every one, so made once. */
  private final CachedResponse gone = new CachedResponse(410, missing.render(410).getBytes(StandardCharsets.UTF_8),
      Html.CONTENT_TYPE, MissingPage.CACHE, "gone-" + page.version, null).kept();

  public ArticlePageRoutes(LatestNews latest, ArticleStore store, ListStore lists, Origins origins, ReadGate reads,
      NamedTopics names) {
    this.latest = latest;
    this.store = store;
    this.lists = lists;
    this.origins = origins;
    this.reads = reads;
    this.names = names;
  }

  public void mount(Router router) {
    router.get(PREFIX + ":slug").handler(this::showArticle);
  }

  @Override
  public boolean matches(String path) {
    return path.startsWith(PREFIX);
  }

  /** Answers from memory when it can; false leaves the request to the router (and so to the store). */
  @Override
  public boolean tryServe(HttpServerRequest req, String path) {
    String slug = PathIds.decode(path.substring(PREFIX.length()));
    if (slug == null || slug.isEmpty()) {
      return false;
    }
    Snapshot now = latest.now();
    Article a = now.articleBySlug(slug);
    if (a == null) {
      return now.knownSlug(slug) == Snapshot.Known.RETRACTED && reads.sendFromMemory(gone, req);
    }
    Optional<Page> sidebar = now.list(SIDEBAR);
    if (sidebar.isEmpty()) {
      return false;
    }
    String origin = origins.of(req);
    Headlines headlines = Headlines.of(ArticlePage.others(a, sidebar.get().items()), sidebar.get().lastModified(),
        Instant.now());
    return reads.sendFromMemory(now.encoded(new Key(a.id(), origin, headlines.bannerId()),
        () -> encode(a, origin, sidebar.get(), headlines, now.live())), req);
  }

  /** The router has percent-decoded the slug already. */
  void showArticle(RoutingContext rc) {
    reads.fromStore(rc.request());   // memory did not hold it (tryServe was asked first)
    Snapshot now = latest.now();
    Future<Page> sidebar = now.list(SIDEBAR).map(Future::succeededFuture).orElseGet(() -> lists.list(SIDEBAR));
    Future<Optional<Stored>> found = store.getBySlug(rc.pathParam("slug"));
    Future.all(found, sidebar).onSuccess(both -> send(rc, found.result(), sidebar.result())).onFailure(rc::fail);
  }

  private void send(RoutingContext rc, Optional<Stored> found, Page sidebar) {
    if (found.isEmpty() || found.get().retracted()) {
      int status = found.isEmpty() ? 404 : 410;
      rc.response().setStatusCode(status).putHeader("Content-Type", Html.CONTENT_TYPE)
          .putHeader("Cache-Control", MissingPage.CACHE).end(missing.render(status));
      return;
    }
    String origin = origins.of(rc.request());
    Article a = found.get().article();
    encode(a, origin, sidebar, Headlines.of(ArticlePage.others(a, sidebar.items()), sidebar.lastModified(),
        Instant.now()), latest.now().live()).send(rc.request());
  }

  private CachedResponse encode(Article a, String origin, Page sidebar, Headlines headlines, LiveStories live) {
    byte[] html = TopicNames.rendering(names.now(), () -> page.article(a, origin, sidebar, headlines, live))
        .getBytes(StandardCharsets.UTF_8);
    String tag = "p" + a.id() + "-" + a.eventId() + "-" + sidebar.lastEventId() + "-" + headlines.bannerId() + "-"
        + Integer.toHexString(origin.hashCode()) + "-" + page.version;
    Instant modified = ArticlePage.modified(a);
    if (headlines.changedAt() != null && headlines.changedAt().isAfter(modified)) {
      modified = headlines.changedAt();
    }
    return new CachedResponse(200, html, Html.CONTENT_TYPE, Caching.ARTICLES, tag, modified);
  }
}
