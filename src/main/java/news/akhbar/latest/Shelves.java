package news.akhbar.latest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.akhbar.article.Article;

/**
 * The articles held, and what they are known to be complete for: every live article at or above the list floor is
 * held, and every live article of a shelved topic at or above that topic's floor. New articles raise the floors
 * (the newest perList overall, perTopic per topic are kept); retractions lower what is held, and a shelf that runs
 * low asks to be refilled from the store. Also the live count of every topic. Touched by one thread only.
 */
final class Shelves {

  /** The shelf of the newest articles overall, as named in {@link #low()}. */
  static final String LIST = "";

  private final int perList;
  private final int perTopic;
  private final int maxTopics;
  private final TreeMap<Cursor, Article> held = new TreeMap<>(ListOrder.NEWEST_FIRST);
  private final Map<Long, Article> byId = new HashMap<>();
  private final Map<String, Cursor> topicFloors = new HashMap<>();
  private final Map<String, Long> counts = new HashMap<>();
  private final Tombstones retracted = new Tombstones();
  private Cursor listFloor = ListOrder.BOTTOM;
  private boolean countsComplete;

  Shelves(int perList, int perTopic, int maxTopics) {
    this.perList = perList;
    this.perTopic = perTopic;
    this.maxTopics = maxTopics;
  }

  void load(LatestBoot boot) {
    countsComplete = boot.countsComplete();
    counts.putAll(boot.topicCounts());
    fill(LIST, boot.newest());
    boot.byTopic().forEach(this::fill);
    trim();
  }

  /** Installs a shelf read from the store as of the current head: its newest articles, newest first. */
  void fill(String shelf, List<Article> newest) {
    int wanted = shelf.equals(LIST) ? perList : perTopic;
    Cursor floor = newest.size() >= wanted ? ListOrder.of(newest.get(newest.size() - 1)) : ListOrder.BOTTOM;
    if (shelf.equals(LIST)) {
      listFloor = floor;
    } else if (topicFloors.containsKey(shelf) || topicFloors.size() < maxTopics) {
      topicFloors.put(shelf, floor);
    }
    newest.forEach(this::put);
  }

  // --- events ---------------------------------------------------------------------------------------------------

  void published(Article a) {
    count(a.topic(), 1);
    put(a);
  }

  void updated(Article a, String oldTopic) {
    if (!oldTopic.equals(a.topic())) {
      count(oldTopic, -1);
      count(a.topic(), 1);
    }
    put(a);
  }

  /** @param topic the retracted article's topic */
  void retracted(long id, String topic) {
    count(topic, -1);
    drop(id);
  }

  /** Lets go of a retracted article, remembering that it was. */
  void drop(long id) {
    Article old = byId.remove(id);
    if (old != null) {
      held.remove(ListOrder.of(old));
    }
    retracted.add(id, old == null ? null : old.slug());
  }

  Article get(long id) {
    return byId.get(id);
  }

  /** Holds the article's current version if a shelf wants it; drops an older version either way. */
  void put(Article a) {
    long id = Long.parseLong(a.id());
    Article old = byId.remove(id);
    if (old != null) {
      held.remove(ListOrder.of(old));
    }
    if (wanted(a)) {
      held.put(ListOrder.of(a), a);
      byId.put(id, a);
    }
  }

  private boolean wanted(Article a) {
    Cursor topicFloor = topicFloors.get(a.topic());
    return ListOrder.atOrAbove(a, listFloor) || (topicFloor != null && ListOrder.atOrAbove(a, topicFloor));
  }

  private void count(String topic, int delta) {
    if (!countsComplete) {
      return;
    }
    long now = counts.getOrDefault(topic, 0L) + delta;
    if (now <= 0) {
      counts.remove(topic);
    } else {
      counts.put(topic, now);
      if (now == 1 && delta > 0 && !topicFloors.containsKey(topic) && topicFloors.size() < maxTopics) {
        topicFloors.put(topic, ListOrder.BOTTOM);   // a new topic: its one article is all there is
      }
    }
  }

  // --- keeping to size ----------------------------------------------------------------------------------------

  /** Raises the floors of shelves holding more than they keep, and lets go of what no shelf wants any more. */
  void trim() {
    int above = 0;
    Map<String, Integer> perTopicAbove = new HashMap<>();
    Map<String, Cursor> raised = new HashMap<>();
    for (Map.Entry<Cursor, Article> e : held.entrySet()) {
      Article a = e.getValue();
      if (ListOrder.atOrAbove(a, listFloor) && ++above == perList) {
        raised.put(LIST, e.getKey());
      }
      Cursor topicFloor = topicFloors.get(a.topic());
      if (topicFloor != null && ListOrder.atOrAbove(a, topicFloor)
          && perTopicAbove.merge(a.topic(), 1, Integer::sum) == perTopic) {
        raised.put(a.topic(), e.getKey());
      }
    }
    if (above > perList) {
      listFloor = raised.get(LIST);
    }
    perTopicAbove.forEach((topic, n) -> {
      if (n > perTopic) {
        topicFloors.put(topic, raised.get(topic));
      }
    });
    for (Iterator<Article> it = held.values().iterator(); it.hasNext(); ) {
      Article a = it.next();
      if (!wanted(a)) {
        it.remove();
        byId.remove(Long.parseLong(a.id()));
      }
    }
  }

  /** The shelves that hold under half of what they keep while the store has more: worth a refill. */
  List<String> low() {
    List<String> low = new ArrayList<>();
    int above = 0;
    Map<String, Integer> perTopicAbove = new HashMap<>();
    for (Article a : held.values()) {
      if (ListOrder.atOrAbove(a, listFloor)) {
        above++;
      }
      if (ListOrder.atOrAbove(a, effectiveFloor(a.topic()))) {
        perTopicAbove.merge(a.topic(), 1, Integer::sum);
      }
    }
    if (listFloor != ListOrder.BOTTOM && above < perList / 2) {
      low.add(LIST);
    }
    topicFloors.forEach((topic, floor) -> {
      if (floor != ListOrder.BOTTOM && perTopicAbove.getOrDefault(topic, 0) < perTopic / 2) {
        low.add(topic);
      }
    });
    return low;
  }

  private Cursor effectiveFloor(String topic) {
    Cursor topicFloor = topicFloors.get(topic);
    return topicFloor == null ? listFloor : ListOrder.lower(listFloor, topicFloor);
  }

  /** An immutable copy for readers on any thread. */
  Snapshot snapshot(long head, java.time.Instant headAt, LiveStories live) {
    Map<String, Cursor> floors = new LinkedHashMap<>();
    topicFloors.forEach((topic, floor) -> floors.put(topic, effectiveFloor(topic)));
    return new Snapshot(head, headAt, new ArrayList<>(held.values()), listFloor, floors,
        countsComplete ? Map.copyOf(counts) : null, retracted.copy(), live);
  }
}
