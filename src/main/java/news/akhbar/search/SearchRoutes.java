package news.akhbar.search;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.web.Caching;
import news.akhbar.web.CachedResponse;
import news.akhbar.json.Json;
import news.akhbar.web.Problem;
import news.akhbar.web.ReadLimiter;

/** GET /api/v1/search?q=: the readers' way into the whole archive. */
public final class SearchRoutes {

  public static final int MAX_QUERY_CHARS = 200;
  public static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 50;

  private final Search search;
  private final ReadLimiter limiter;

  /** @param limiter counts searches per client address (each is work for PostgreSQL) */
  public SearchRoutes(Search search, ReadLimiter limiter) {
    this.search = search;
    this.limiter = limiter;
  }

  public void mount(Router router) {
    router.get("/api/v1/search").handler(this::searchArticles);
  }

  void searchArticles(RoutingContext rc) {
    String q = rc.queryParams().get("q");
    if (q == null || q.isBlank()) {
      throw Problem.field("q", "is required: the words to search for");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw Problem.field("q", "must be at most " + MAX_QUERY_CHARS + " characters");
    }
    int limit = limit(rc.queryParams().get("limit"));
    limiter.take(rc.request());
    search.search(q.strip(), limit).onSuccess(hits -> {
      List<Map<String, Object>> items = hits.stream().map(SearchRoutes::item).toList();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("items", items);
      body.put("query", q.strip());
      send(rc, body);
    }).onFailure(rc::fail);
  }

  private static Map<String, Object> item(SearchHit hit) {
    Map<String, Object> item = Json.MAPPER.convertValue(hit.article(), Json.MAPPER.getTypeFactory()
        .constructMapType(LinkedHashMap.class, String.class, Object.class));
    item.put("snippet", hit.snippet());
    return item;
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // falls through to the problem below
    }
    throw Problem.field("limit", "must be an integer between 1 and " + MAX_LIMIT);
  }

  /** Encoded like every other read (gzip when asked), though a search is asked of the store each time. */
  private static void send(RoutingContext rc, Object body) {
    byte[] bytes = Json.bytes(body);
    new CachedResponse(200, bytes, "application/json; charset=utf-8", Caching.LISTS,
        "s" + Integer.toHexString(java.util.Arrays.hashCode(bytes)), null).send(rc.request());
  }
}
