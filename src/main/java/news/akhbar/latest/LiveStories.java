package news.akhbar.latest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.json.Json;
import news.akhbar.web.PathIds;

/**
 * The articles whose live coverage is running, each with its slug: read at start-up (LatestBootStore) and kept by the
 * {@code coverage} events of the ordered fan-out, so a page or a list marks its live stories with no read of its own.
 * Immutable: each change makes a new one, which the next snapshot carries.
 */
public final class LiveStories {

  /** No story live. */
  public static final LiveStories NONE = new LiveStories(Map.of());

  private static final TypeReference<LinkedHashMap<String, Object>> AS_MAP = new TypeReference<>() {};

  private final Map<Long, String> slugs;

  LiveStories(Map<Long, String> slugs) {
    this.slugs = Map.copyOf(slugs);
  }

  /** The live page of an article whose coverage runs, null for any other. */
  public String url(String articleId) {
    long id = PathIds.parse(articleId);
    String slug = id < 0 ? null : slugs.get(id);
    return slug == null ? null : PathIds.livePath(slug);
  }

  /** The same for an article shown on a page; null for none (a page without a lead or a banner). */
  public String url(Article a) {
    return a == null ? null : url(a.id());
  }

  public boolean isEmpty() {
    return slugs.isEmpty();
  }

  /** Tells one set from another in an ETag: the same articles live give the same value. */
  public int tag() {
    return slugs.hashCode();
  }

  /**
   * The items as the list API gives them: a live story's with {@code "live": true} and {@code "liveUrl"} added,
   * every other as it is.
   */
  public List<Object> marked(List<Article> items) {
    List<Object> out = new ArrayList<>(items.size());
    for (Article a : items) {
      out.add(url(a.id()) == null ? a : mark(Json.MAPPER.convertValue(a, AS_MAP), a.id()));
    }
    return out;
  }

  /** An article's JSON fields with {@code "live": true} and {@code "liveUrl"} added when its coverage runs. */
  public Map<String, Object> mark(Map<String, Object> item, String articleId) {
    String url = url(articleId);
    if (url != null) {
      item.put("live", true);
      item.put("liveUrl", url);
    }
    return item;
  }

  /** After a {@code coverage} event's data, {"coverage": {"articleId", "slug", "live", ...}}: started or ended. */
  LiveStories after(JsonNode event) {
    JsonNode coverage = event.path("coverage");
    long article = PathIds.parse(coverage.path("articleId").asText(null));
    if (article < 0) {
      return this;
    }
    Map<Long, String> next = new HashMap<>(slugs);
    if (coverage.path("live").asBoolean(false)) {
      next.put(article, coverage.path("slug").asText());
    } else {
      next.remove(article);
    }
    return new LiveStories(next);
  }
}
