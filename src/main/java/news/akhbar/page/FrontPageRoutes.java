package news.akhbar.page;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.akhbar.latest.Page;
import news.akhbar.search.Search;
import news.akhbar.search.SearchHit;
import news.akhbar.search.SearchRoutes;
import news.akhbar.article.Topic;
import news.akhbar.latest.TopicStore;
import news.akhbar.latest.LatestNews;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.LiveStories;
import news.akhbar.latest.ReadGate;
import news.akhbar.latest.Snapshot;
import news.akhbar.topic.NamedTopics;
import news.akhbar.web.Caching;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.HotRoute;
import news.akhbar.web.Origins;
import news.akhbar.web.Problem;
import news.akhbar.web.ReadLimiter;

/**
 * GET / (and /index.html, which redirects there): the front page, rendered on the server. The newest pages come
 * from memory, encoded once per event and key ({@link #tryServe} answers before the router); older pages, topics
 * memory does not hold in full and searches come from the store.
 */
public final class FrontPageRoutes implements HotRoute {

  private static final String TOO_LONG = "عبارة البحث أطول من "
      + ArabicDates.digits(String.valueOf(SearchRoutes.MAX_QUERY_CHARS)) + " حرف؛ اختصرها وأعد المحاولة.";

  /** What a rendered front page depends on besides the snapshot. */
  private record Key(FrontQuery query, String origin, String banner) {
  }

  private final LatestNews latest;
  private final ListStore store;
  private final TopicStore topicStore;
  private final Search search;
  private final Origins origins;
  private final ReadGate reads;
  private final ReadLimiter searches;
  private final NamedTopics names;
  private final FrontPage page = new FrontPage();
  private final MissingPage missing = new MissingPage();

  public FrontPageRoutes(LatestNews latest, ListStore store, TopicStore topicStore, Search search,
      Origins origins, ReadGate reads, ReadLimiter searches, NamedTopics names) {
    this.latest = latest;
    this.store = store;
    this.topicStore = topicStore;
    this.search = search;
    this.origins = origins;
    this.reads = reads;
    this.searches = searches;
    this.names = names;
  }

  public void mount(Router router) {
    router.get("/").handler(this::showFront);
    router.get("/index.html").handler(rc -> rc.redirect(rc.request().query() == null ? "/"
        : "/?" + rc.request().query()));
  }

  @Override
  public boolean matches(String path) {
    return path.equals("/");
  }

  /** Answers GET / from memory when it holds the whole page; false leaves it to the router. */
  @Override
  public boolean tryServe(HttpServerRequest req, String path) {
    FrontQuery query = FrontQuery.of(req.params());
    if (query == null || query.q() != null) {
      return false;
    }
    Snapshot now = latest.now();
    Optional<Page> list = now.list(query.listQuery());
    Optional<List<Topic>> topics = now.topics();
    if (list.isEmpty() || topics.isEmpty()) {
      return false;
    }
    String origin = origins.of(req);
    Headlines headlines = Headlines.of(list.get().items(), list.get().lastModified(), Instant.now());
    return reads.sendFromMemory(now.encoded(new Key(query, origin, headlines.bannerId()),
        () -> encode(origin, query, list.get(), topics.get(), headlines, now.live())), req);
  }

  /** Memory did not hold the whole page (tryServe was asked first), or it is a search: what it holds still helps. */
  void showFront(RoutingContext rc) {
    FrontQuery query = FrontQuery.of(rc.queryParams());
    if (query == null && !MissingPage.wantsPage(rc.request())) {
      rc.fail(Problem.field("before", "not a cursor of this server's pages"));
      return;
    }
    if (query == null) {
      rc.response().setStatusCode(400).putHeader("Content-Type", Html.CONTENT_TYPE).end(missing.render(400));
      return;
    }
    String origin = origins.of(rc.request());
    Snapshot now = latest.now();
    Optional<List<Topic>> hotTopics = now.topics();
    Optional<Page> hotList = query.q() != null ? Optional.empty() : now.list(query.listQuery());
    if (hotTopics.isEmpty() || (query.q() == null && hotList.isEmpty())) {
      reads.fromStore(rc.request());   // a search with topics in memory is counted by its own limiter
    }
    Future<List<Topic>> topics = hotTopics.map(Future::succeededFuture).orElseGet(topicStore::topics);
    if (query.q() != null) {
      showSearch(rc, origin, query.q(), topics);
      return;
    }
    Future<Page> list = hotList.map(Future::succeededFuture).orElseGet(() -> store.list(query.listQuery()));
    Future.all(list, topics).onSuccess(both -> encode(origin, query, list.result(), topics.result(),
        Headlines.of(list.result().items(), list.result().lastModified(), Instant.now()), now.live())
        .send(rc.request())).onFailure(rc::fail);
  }

  private void showSearch(RoutingContext rc, String origin, String q, Future<List<Topic>> topics) {
    if (q.length() > SearchRoutes.MAX_QUERY_CHARS && !MissingPage.wantsPage(rc.request())) {
      rc.fail(Problem.field("q", "at most " + SearchRoutes.MAX_QUERY_CHARS + " characters"));
      return;
    }
    if (q.length() > SearchRoutes.MAX_QUERY_CHARS) {
      topics.onSuccess(list -> rc.response().setStatusCode(400).putHeader("Content-Type", Html.CONTENT_TYPE)
          .end(TopicNames.rendering(names.now(), () -> page.search(origin, q, null, TOO_LONG, list,
              latest.now().live()))))
          .onFailure(rc::fail);
      return;
    }
    searches.take(rc.request());
    Future<List<SearchHit>> hits = search.search(q, SearchRoutes.DEFAULT_LIMIT);
    Future.all(hits, topics).onSuccess(both -> rc.response().putHeader("Content-Type", Html.CONTENT_TYPE)
        .putHeader("Cache-Control", Caching.LISTS).end(TopicNames.rendering(names.now(), () -> page.search(origin, q,
            hits.result(), null, topics.result(), latest.now().live()))))
        .onFailure(rc::fail);
  }

  private CachedResponse encode(String origin, FrontQuery query, Page list, List<Topic> topics, Headlines headlines,
      LiveStories live) {
    byte[] html = TopicNames.rendering(names.now(), () -> page.latest(origin, query, list, topics, headlines, live))
        .getBytes(StandardCharsets.UTF_8);
    String tag = "f" + list.lastEventId() + "-" + headlines.bannerId() + "-" + Integer.toHexString(live.tag()) + "-"
        + Integer.toHexString(query.hashCode() * 31 + origin.hashCode()) + "-" + page.version;
    return new CachedResponse(200, html, Html.CONTENT_TYPE, Caching.LISTS, tag, headlines.changedAt());
  }
}
