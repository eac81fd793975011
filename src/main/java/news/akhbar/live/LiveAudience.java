package news.akhbar.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.akhbar.ticker.StreamTopics;
import news.akhbar.ticker.TopicAudience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "N reading now". This instance's readers of a coverage are its streams narrowed to the topic live:{id}, counted
 * exactly by the ticker's hubs; every {@link #REFRESH_MILLIS} they are written to Redis, the total is read back for
 * each coverage read here, and a changed total is pushed to its readers as an {@code audience} notice, at most every
 * {@link #PUSH_MILLIS} per coverage. Without Redis the total is this instance's own count, never an error.
 */
public final class LiveAudience {

  /** A live coverage's topic is this prefix and its id. */
  public static final String TOPIC_PREFIX = StreamTopics.LIVE_PREFIX;
  static final long REFRESH_MILLIS = 2_000;
  static final long PUSH_MILLIS = 5_000;
  private static final long REDIS_WAIT_MILLIS = 1_000;
  private static final Logger log = LoggerFactory.getLogger(LiveAudience.class);

  private record Pushed(long count, long at) {
  }

  private final Vertx vertx;
  private final TopicAudience readers;
  private final RedisAudience shared;
  private final Map<String, Pushed> pushed = new HashMap<>();   // the ticks' own, one tick at a time
  private Set<String> reported = Set.of();
  private boolean ticking;
  private volatile boolean redisDown;
  private long timer = -1;

  public LiveAudience(Vertx vertx, TopicAudience readers, RedisAudience shared) {
    this.vertx = vertx;
    this.readers = readers;
    this.shared = shared;
  }

  public void start() {
    timer = vertx.setPeriodic(REFRESH_MILLIS, t -> tick());
  }

  /** This instance's readers per coverage id (only coverages with readers). */
  public Map<String, Long> own() {
    Map<String, Long> own = new HashMap<>();
    readers.counts().forEach((topic, n) -> {
      String id = topic.substring(TOPIC_PREFIX.length());
      if (isCanonicalId(id)) {
        own.put(id, n);
      }
    });
    return own;
  }

  /** The readers of a coverage across the instances; this instance's own count when Redis does not answer. */
  public Future<AudienceView> of(long coverageId) {
    String id = Long.toString(coverageId);
    long mine = readers.count(TOPIC_PREFIX + id);
    return shared.counts(id, System.currentTimeMillis()).timeout(REDIS_WAIT_MILLIS, TimeUnit.MILLISECONDS)
        .map(all -> total(id, mine, all))
        .onSuccess(v -> redisDown = false)
        .recover(err -> {
          if (!redisDown) {
            redisDown = true;
            log.warn("audience counts unreadable from redis ({}); counting this instance alone", err.toString());
          }
          return Future.succeededFuture(new AudienceView(id, mine, mine > 0 ? 1 : 0));
        });
  }

  /** This instance's exact count, plus the fresh counts of the others. */
  private AudienceView total(String id, long mine, Map<String, Long> all) {
    long count = mine;
    int instances = mine > 0 ? 1 : 0;
    for (Map.Entry<String, Long> other : all.entrySet()) {
      if (!other.getKey().equals(shared.instance()) && other.getValue() > 0) {
        count += other.getValue();
        instances++;
      }
    }
    return new AudienceView(id, count, instances);
  }

  /** Writes this instance's counts, then reads each total back and pushes those that changed. */
  private void tick() {
    if (ticking) {
      return;
    }
    ticking = true;
    long now = System.currentTimeMillis();
    Map<String, Long> mine = own();
    Set<String> gone = new HashSet<>(reported);
    gone.removeAll(mine.keySet());
    Set<String> next = new HashSet<>(mine.keySet());
    shared.report(mine, gone, now).timeout(REDIS_WAIT_MILLIS, TimeUnit.MILLISECONDS)
        .onFailure(err -> next.addAll(gone))   // delete them next time
        .transform(done -> {
          reported = next;
          List<Future<AudienceView>> totals = new ArrayList<>();
          mine.keySet().forEach(id -> totals.add(of(Long.parseLong(id))));
          return Future.join(totals).map(all -> totals);
        })
        .onSuccess(totals -> push(totals, now))
        .onComplete(done -> ticking = false);
  }

  private void push(List<Future<AudienceView>> totals, long now) {
    Set<String> seen = new HashSet<>();
    for (Future<AudienceView> total : totals) {
      AudienceView view = total.result();
      seen.add(view.coverageId());
      Pushed last = pushed.get(view.coverageId());
      if (last == null || last.count() != view.count() && now - last.at() >= PUSH_MILLIS) {
        readers.tell(TOPIC_PREFIX + view.coverageId(), "audience",
            "{\"coverageId\":\"" + view.coverageId() + "\",\"count\":" + view.count() + "}");
        pushed.put(view.coverageId(), new Pushed(view.count(), now));
      }
    }
    pushed.keySet().retainAll(seen);
  }

  /** Stops refreshing and deletes this instance's fields, so its readers leave the count at once. */
  public Future<Void> close() {
    vertx.cancelTimer(timer);
    Set<String> mine = new HashSet<>(reported);
    mine.addAll(own().keySet());
    return shared.report(Map.of(), mine, System.currentTimeMillis()).timeout(REDIS_WAIT_MILLIS, TimeUnit.MILLISECONDS)
        .otherwiseEmpty().eventually(shared::close);
  }

  /** Digits as a coverage id is written ("7", never "07"), so a topic names at most one coverage and one key. */
  static boolean isCanonicalId(String id) {
    if (id.isEmpty() || id.length() > 18 || id.length() > 1 && id.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
