package news.akhbar.latest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

  /** The copy the last snapshots shared; null once a retraction has come since. */
  private Retracted copy = new Retracted(Set.of(), Set.of());

  void add(long id, String slug) {
    byId.put(id, slug == null ? "" : slug);
    copy = null;
  }

  /** An immutable copy, made again only after a retraction: ids and slugs of what is known to be retracted. */
  Retracted copy() {
    if (copy == null) {
      Set<String> slugs = new HashSet<>();
      byId.values().forEach(slug -> {
        if (!slug.isEmpty()) {
          slugs.add(slug);
        }
      });
      copy = new Retracted(Set.copyOf(byId.keySet()), Set.copyOf(slugs));
    }
    return copy;
  }

  /** What a snapshot knows of retractions. */
  record Retracted(Set<Long> ids, Set<String> slugs) {
  }
}
