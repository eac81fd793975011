package news.akhbar.latest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import news.akhbar.article.Article;
import news.akhbar.article.ArticleStore;
import news.akhbar.web.Caching;
import news.akhbar.web.HotRoute;
import news.akhbar.web.CachedResponse;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/**
 * The readers' API: GET /api/v1/articles (newest first, keyset pages), GET /api/v1/articles/{id},
 * GET /api/v1/articles/by-slug/{slug} and GET /api/v1/topics. Answered from the newest news in memory, encoded once
 * per event with a strong ETag ({@link #tryServe} does so before the router even sees the request); what memory
 * does not hold (deep pages, older articles) comes from the store, with validators all the same.
 */
public final class NewsRoutes implements HotRoute {

  static final String JSON = "application/json; charset=utf-8";
  private static final String ARTICLES = "/api/v1/articles";
  private static final String BY_SLUG = "/api/v1/articles/by-slug/";
  private static final String TOPICS = "/api/v1/topics";

  private final LatestNews latest;
  private final ArticleStore store;
  private final ListStore lists;
  private final TopicStore topics;
  private final ReadGate reads;

  public NewsRoutes(LatestNews latest, ArticleStore store, ListStore lists, TopicStore topics, ReadGate reads) {
    this.latest = latest;
    this.store = store;
    this.lists = lists;
    this.topics = topics;
    this.reads = reads;
  }

  public void mount(Router router) {
    router.get(ARTICLES).handler(this::listArticles);
    router.get(BY_SLUG + ":slug").handler(rc -> getArticle(rc, null, rc.pathParam("slug")));
    router.get(ARTICLES + "/:id").handler(rc -> getArticle(rc, PathIds.of(rc, "article"), null));
    router.get(TOPICS).handler(this::listTopics);
  }

  @Override
  public boolean matches(String path) {
    return path.equals(ARTICLES) || path.startsWith(ARTICLES + "/") || path.equals(TOPICS);
  }

  /** Answers from memory when it can; false leaves the request to the router (cold reads, errors). */
  @Override
  public boolean tryServe(HttpServerRequest req, String path) {
    Snapshot now = latest.now();
    CachedResponse hot;
    if (path.equals(ARTICLES)) {
      hot = hotList(now, req);
    } else if (path.startsWith(BY_SLUG)) {
      Article a = now.articleBySlug(PathIds.decode(path.substring(BY_SLUG.length())));
      hot = a == null ? null : hotArticle(now, a);
    } else if (path.startsWith(ARTICLES + "/")) {
      long id = PathIds.parse(path.substring(ARTICLES.length() + 1));
      Article a = id < 0 ? null : now.article(id);
      hot = a == null ? null : hotArticle(now, a);
    } else if (path.equals(TOPICS)) {
      hot = hotTopics(now);
    } else {
      hot = null;
    }
    return reads.sendFromMemory(hot, req);
  }

  private static CachedResponse hotList(Snapshot now, HttpServerRequest req) {
    ListQuery query;
    try {
      query = ListQueries.from(req.params());
    } catch (Problem invalid) {
      return null;   // the router answers the 400
    }
    Optional<Page> page = now.list(query);
    return page.map(p -> now.encoded(query, () -> encodeList(query, p, now.live()))).orElse(null);
  }

  private static CachedResponse hotArticle(Snapshot now, Article a) {
    return now.encoded("a" + a.id(), () -> encodeArticle(a));
  }

  private static CachedResponse hotTopics(Snapshot now) {
    return now.topics().map(list -> now.encoded("topics", () -> new CachedResponse(200, Json.bytes(Map.of("topics", list)),
        JSON, Caching.LISTS, "t" + now.head(), now.headAt()))).orElse(null);
  }

  // The router's handlers: reached when memory had no answer (tryServe was asked first), so they ask the store

  void listArticles(RoutingContext rc) {
    ListQuery query = ListQueries.from(rc.queryParams());   // a bad one: the 400
    reads.sendFromStore(rc, () -> lists.list(query).map(page -> encodeList(query, page, latest.now().live())));
  }

  /** The items of a live story carry "live" and "liveUrl" (its live page), from the live stories in memory. */
  static CachedResponse encodeList(ListQuery query, Page page, LiveStories live) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", live.marked(page.items()));
    body.put("lastEventId", page.lastEventId());
    body.put("next", page.next(query.limit()));
    return new CachedResponse(200, Json.bytes(body), JSON, Caching.LISTS,
        "l" + page.lastEventId() + "-" + Integer.toHexString(query.hashCode()) + "-" + Integer.toHexString(live.tag()),
        page.lastModified());
  }

  private static CachedResponse encodeArticle(Article a) {
    return new CachedResponse(200, Json.bytes(a), JSON, Caching.ARTICLES, "a" + a.id() + "-" + a.eventId(), a.updatedAt());
  }

  /** By id (slug null) or by slug, from the store: 410 for a retracted article, 404 for none. */
  void getArticle(RoutingContext rc, Long id, String slug) {
    Snapshot now = latest.now();
    reads.fromStore(rc.request());
    String name = "article " + (id != null ? id : slug);
    (id != null ? store.get(id) : store.getBySlug(slug)).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(Problem.notFound("article"));
      } else if (found.get().retracted()) {
        rc.fail(Problem.of(410, "gone", name + " was retracted"));
      } else {
        encodeArticle(found.get().article()).send(rc.request());
      }
    }).onFailure(err -> {
      Snapshot.Known known = id != null ? now.known(id) : now.knownSlug(slug);
      rc.fail(known == Snapshot.Known.RETRACTED ? Problem.of(410, "gone", name + " was retracted") : err);
    });
  }

  void listTopics(RoutingContext rc) {
    Snapshot now = latest.now();
    reads.sendFromStore(rc, () -> topics.topics().map(list -> new CachedResponse(200,
        Json.bytes(Map.of("topics", list)), JSON, Caching.LISTS, "t" + now.head(), null)));
  }
}
