package news.akhbar.latest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import news.akhbar.article.Article;
import news.akhbar.article.Topic;
import news.akhbar.web.CachedResponse;

/**
 * The newest news as of one event, immutable, readable from any thread. Answers what it holds completely and says
 * so with an empty Optional otherwise (then the store answers). Keeps the responses encoded from it, so each is
 * encoded once per event however many readers ask.
 */
public final class Snapshot {

  private static final int MEMO_ENTRIES = 1_024;
  private static final long MEMO_BYTES = 32L << 20;

  /** What a snapshot knows of one article. */
  public enum Known { LIVE, RETRACTED, UNKNOWN }

  private final long head;
  private final Instant headAt;
  private final List<Article> newestFirst;
  private final Cursor listFloor;
  private final Map<String, Cursor> topicFloors;
  private final Map<String, Long> counts;
  private final Tombstones.Retracted retracted;
  private final LiveStories live;
  private final Map<Long, Article> byId = new HashMap<>();
  private final Map<String, Article> bySlug = new HashMap<>();
  private final ConcurrentHashMap<Object, CachedResponse> memo = new ConcurrentHashMap<>();
  private final AtomicLong memoBytes = new AtomicLong();
  private volatile Optional<List<Topic>> topics;

  Snapshot(long head, Instant headAt, List<Article> newestFirst, Cursor listFloor, Map<String, Cursor> topicFloors,
      Map<String, Long> counts, Tombstones.Retracted retracted, LiveStories live) {
    this.head = head;
    this.headAt = headAt;
    this.newestFirst = List.copyOf(newestFirst);
    this.listFloor = listFloor;
    this.topicFloors = Map.copyOf(topicFloors);
    this.counts = counts;
    this.retracted = retracted;
    this.live = live;
    for (Article a : newestFirst) {
      byId.put(Long.parseLong(a.id()), a);
      bySlug.put(a.slug(), a);
    }
  }

  /** The id of the last event this snapshot reflects. */
  public long head() {
    return head;
  }

  /** When that event was committed (null before the first). */
  public Instant headAt() {
    return headAt;
  }

  /** The articles whose live coverage runs, as of this snapshot's event. */
  public LiveStories live() {
    return live;
  }

  /** The page a reader asks for, when every article it could hold is here; empty otherwise. */
  public Optional<Page> list(ListQuery q) {
    Cursor floor = q.topic() == null ? listFloor : topicFloors.getOrDefault(q.topic(), listFloor);
    if (q.before() != null && floor != ListOrder.BOTTOM && ListOrder.NEWEST_FIRST.compare(q.before(), floor) >= 0) {
      return Optional.empty();
    }
    List<Article> items = new ArrayList<>(q.limit());
    for (Article a : newestFirst) {
      if (!ListOrder.atOrAbove(a, floor)) {
        break;
      }
      if ((q.before() == null || ListOrder.NEWEST_FIRST.compare(ListOrder.of(a), q.before()) > 0) && matches(q, a)) {
        items.add(a);
        if (items.size() == q.limit()) {
          break;
        }
      }
    }
    if (items.size() < q.limit() && floor != ListOrder.BOTTOM) {
      return Optional.empty();
    }
    return Optional.of(new Page(items, Long.toString(head), headAt));
  }

  private static boolean matches(ListQuery q, Article a) {
    return (q.topic() == null || q.topic().equals(a.topic())) && (q.lang() == null || q.lang().equals(a.lang()))
        && (q.breaking() == null || q.breaking() == a.breaking());
  }

  public Known known(long id) {
    return byId.containsKey(id) ? Known.LIVE : retracted.ids().contains(id) ? Known.RETRACTED : Known.UNKNOWN;
  }

  public Known knownSlug(String slug) {
    return bySlug.containsKey(slug) ? Known.LIVE : retracted.slugs().contains(slug) ? Known.RETRACTED
        : Known.UNKNOWN;
  }

  /** A live article held here (null when it is not). */
  public Article article(long id) {
    return byId.get(id);
  }

  public Article articleBySlug(String slug) {
    return bySlug.get(slug);
  }

  /** Every topic with live articles, busiest first, each with its newest; empty when something is not here. */
  public Optional<List<Topic>> topics() {
    Optional<List<Topic>> known = topics;
    if (known == null) {   // worked out once per snapshot, by whichever reader asks first (a race builds the same)
      known = findTopics();
      topics = known;
    }
    return known;
  }

  private Optional<List<Topic>> findTopics() {
    if (counts == null) {
      return Optional.empty();
    }
    Map<String, Article> newest = new HashMap<>();
    for (Article a : newestFirst) {
      if (counts.containsKey(a.topic()) && !newest.containsKey(a.topic())
          && ListOrder.atOrAbove(a, topicFloors.getOrDefault(a.topic(), listFloor))) {
        newest.put(a.topic(), a);
      }
    }
    if (newest.size() < counts.size()) {
      return Optional.empty();
    }
    List<Topic> found = new ArrayList<>();
    counts.forEach((topic, n) -> found.add(new Topic(topic, n, newest.get(topic))));
    found.sort(Comparator.comparingLong(Topic::count).reversed()
        .thenComparing(t -> t.newest().publishedAt(), Comparator.reverseOrder()));
    return Optional.of(List.copyOf(found));
  }

  /**
   * A response encoded from this snapshot, built once per key and kept while the snapshot is current (within a
   * bound on entries and bytes; past it, built for each asker).
   */
  public CachedResponse encoded(Object key, Supplier<CachedResponse> build) {
    CachedResponse known = memo.get(key);
    if (known != null) {
      return known;
    }
    CachedResponse made = build.get();
    if (memo.size() >= MEMO_ENTRIES) {
      return made;
    }
    if (memoBytes.addAndGet(made.size()) > MEMO_BYTES) {
      memoBytes.addAndGet(-made.size());   // not kept: leaves room for smaller ones
      return made;
    }
    CachedResponse kept = made.kept();
    CachedResponse raced = memo.putIfAbsent(key, kept);
    if (raced != null) {
      memoBytes.addAndGet(-made.size());
      return raced;
    }
    return kept;
  }
}
