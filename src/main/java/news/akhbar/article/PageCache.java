package news.akhbar.article;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last good answer of each list query, kept briefly so readers still get the latest news while PostgreSQL is
 * unreachable. One per event loop (no locking); small and bounded.
 */
final class PageCache {

  private static final int MAX_ENTRIES = 128;

  private record Entry(Page page, long at) {}

  private final long maxAgeMillis;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  PageCache(long maxAgeMillis) {
    this.maxAgeMillis = maxAgeMillis;
  }

  void put(String key, Page page) {
    entries.put(key, new Entry(page, System.currentTimeMillis()));
  }

  /** The remembered page if it is recent enough, else null. */
  Page recent(String key) {
    Entry e = entries.get(key);
    return e == null || System.currentTimeMillis() - e.at() > maxAgeMillis ? null : e.page();
  }
}
