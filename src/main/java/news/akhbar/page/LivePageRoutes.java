package news.akhbar.page;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Stored;
import news.akhbar.latest.Cursor;
import news.akhbar.latest.ReadGate;
import news.akhbar.live.LiveReadStore;
import news.akhbar.topic.NamedTopics;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.Origins;
import news.akhbar.web.Problem;

/**
 * GET /live/{slug}: the live page of the article with that slug, read from the store on every request (a coverage is
 * not in the latest read model), charged to the reader's budget of cold reads, and cacheable for
 * {@value #CACHE_SECONDS} s with a strong ETag (the body's digest), so a CDN can answer many readers from one read.
 * {@code ?before=<cursor>} is the page of older entries readers without JavaScript follow.
 */
public final class LivePageRoutes {

  static final int CACHE_SECONDS = 2;
  private static final String CACHE = "public, max-age=" + CACHE_SECONDS;

  private final LiveReadStore live;
  private final ArticleStore articles;
  private final Origins origins;
  private final ReadGate reads;
  private final NamedTopics names;
  private final CoveragePage page = new CoveragePage();
  private final MissingPage missing = new MissingPage();

  public LivePageRoutes(LiveReadStore live, ArticleStore articles, Origins origins, ReadGate reads,
      NamedTopics names) {
    this.live = live;
    this.articles = articles;
    this.origins = origins;
    this.reads = reads;
    this.names = names;
  }

  public void mount(Router router) {
    router.get(CoveragePage.PREFIX + ":slug").handler(this::showCoverage);
  }

  /** The router has percent-decoded the slug already. */
  void showCoverage(RoutingContext rc) {
    String before = rc.request().getParam("before");
    Cursor from = before == null ? null : Cursor.decode(before);
    if (before != null && from == null && !MissingPage.wantsPage(rc.request())) {
      rc.fail(Problem.field("before", "not a cursor of this page"));
      return;
    }
    if (before != null && from == null) {
      missing(rc, 400, missing.render(400));
      return;
    }
    String slug = rc.pathParam("slug");
    reads.fromStore(rc.request());
    Future<Optional<Stored>> article = articles.getBySlug(slug);
    Future<Optional<LiveReadStore.SlugPage>> found = live.bySlug(slug, PageState.PAGE_SIZE, from,
        CoveragePage.KEY_EVENTS);
    Future.all(article, found).onSuccess(both -> send(rc, article.result(), found.result(), before))
        .onFailure(rc::fail);
  }

  private void send(RoutingContext rc, Optional<Stored> article, Optional<LiveReadStore.SlugPage> found,
      String before) {
    if (article.isPresent() && article.get().retracted()) {
      missing(rc, 410, missing.render(410));
    } else if (article.isEmpty() || found.isEmpty()) {
      missing(rc, 404, missing.noCoverage());
    } else {
      byte[] html = TopicNames.rendering(names.now(), () -> page.render(article.get().article(), found.get(),
          origins.of(rc.request()), before)).getBytes(StandardCharsets.UTF_8);
      CachedResponse.tagged(html, Html.CONTENT_TYPE, CACHE, "l").send(rc.request());
    }
  }

  private static void missing(RoutingContext rc, int status, String html) {
    rc.response().setStatusCode(status).putHeader("Content-Type", Html.CONTENT_TYPE)
        .putHeader("Cache-Control", MissingPage.CACHE).end(html);
  }

}
