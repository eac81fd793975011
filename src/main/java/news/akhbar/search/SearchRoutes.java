package news.akhbar.search;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32C;
import news.akhbar.web.Caching;
import news.akhbar.web.CachedResponse;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;
import news.akhbar.web.ReadLimiter;

/** GET /api/v1/search?q=: the readers' way into the whole archive. */
public final class SearchRoutes {

  public static final int MAX_QUERY_CHARS = 200;
  public static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 50;

  private static final byte[] ITEMS = ascii("{\"items\":[");
  private static final byte[] SNIPPET = ascii(",\"snippet\":");
  private static final byte[] QUERY = ascii("],\"query\":");
  private static final byte[] COMMA = ascii(",");
  private static final byte[] EMPTY = new byte[0];

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
    search.search(q.strip(), limit).onSuccess(hits -> send(rc, answer(hits, q.strip()))).onFailure(rc::fail);
  }

  /**
   * {"items":[{…the article's fields…,"snippet":…},…],"query":…}: each item is the article's JSON with the snippet
   * added, copied as the index stored it when it did (no decoding and encoding of whole articles per answer).
   */
  static byte[] answer(List<SearchHit> hits, String query) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(hits.size() * 6_000 + 64);
    out.writeBytes(ITEMS);
    for (int i = 0; i < hits.size(); i++) {
      SearchHit hit = hits.get(i);
      byte[] article = hit.json() != null ? hit.json() : Json.bytes(hit.article());
      out.writeBytes(i == 0 ? EMPTY : COMMA);
      out.write(article, 0, article.length - 1);   // without its closing brace
      out.writeBytes(SNIPPET);
      out.writeBytes(Json.bytes(hit.snippet()));
      out.write('}');
    }
    out.writeBytes(QUERY);
    out.writeBytes(Json.bytes(query));
    out.write('}');
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    long limit = PathIds.parse(text);   // ASCII digits only, as the document's integer
    if (limit >= 1 && limit <= MAX_LIMIT) {
      return (int) limit;
    }
    throw Problem.field("limit", "must be an integer between 1 and " + MAX_LIMIT);
  }

  /** Encoded like every other read (gzip when asked), though a search is asked of the store each time. */
  private static void send(RoutingContext rc, byte[] bytes) {
    new CachedResponse(200, bytes, "application/json; charset=utf-8", Caching.LISTS,
        "s" + Long.toHexString(crc(bytes)), null).send(rc.request());
  }

  /** The ETag's hash: CRC-32C is computed by the CPU, a tenth of Arrays.hashCode's time on a 100 KB answer. */
  private static long crc(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return crc.getValue();
  }
}
