package news.akhbar.latest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Articles retracted while this instance was running, by id and (when it was held) slug, so a flood of readers
 * following an old link gets its 410 from memory. The most recent ones only.
 */
final class Tombstones {

  private static final int KEPT = 1_000;

  private final LinkedHashMap<Long, String> byId = new LinkedHashMap<>(64, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
      return size() > KEPT;
    }
  };

  void add(long id, String slug) {
    byId.put(id, slug == null ? "" : slug);
  }

  /** An immutable copy: ids and slugs of what is known to be retracted. */
  Retracted copy() {
    Map<String, Long> slugs = new java.util.HashMap<>();
    byId.forEach((id, slug) -> {
      if (!slug.isEmpty()) {
        slugs.put(slug, id);
      }
    });
    return new Retracted(Map.copyOf(byId), Map.copyOf(slugs));
  }

  /** What a snapshot knows of retractions. */
  record Retracted(Map<Long, String> ids, Map<String, Long> slugs) {
  }
}
