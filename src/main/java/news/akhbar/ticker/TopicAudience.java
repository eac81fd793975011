package news.akhbar.ticker;

import io.vertx.core.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The streams narrowed to exactly one topic of a family (the topics starting with a prefix, such as "live:"),
 * counted per topic across every hub of the process: each hub adds on join and takes away on leave, and a topic
 * whose count drops to zero is forgotten, so the map holds only topics with readers. Also the one way to send those
 * readers a notice: a frame that is not a stored event, encoded once and written by each hub on its own event loop.
 */
public final class TopicAudience {

  private record Attached(Context context, TickerHub hub) {
  }

  private final String prefix;
  private final ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
  private final List<Attached> hubs = new CopyOnWriteArrayList<>();

  /** @param prefix the family of topics counted (a stream narrowed to one topic with this prefix counts) */
  public TopicAudience(String prefix) {
    this.prefix = prefix;
  }

  /** This process's open streams per counted topic, a copy: only topics with at least one reader. */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  /** This process's open streams narrowed to the topic. */
  public long count(String topic) {
    return counts.getOrDefault(topic, 0L);
  }

  /**
   * Sends a notice (an event without an id: never stored, never moving a reader's Last-Event-ID) to every live
   * reader narrowed to the topic, on each hub's own event loop; the frame is encoded once, here.
   */
  public void tell(String topic, String event, String json) {
    Frame frame = FrameEncoder.notice(event, json);
    for (Attached attached : hubs) {
      attached.context().runOnContext(v -> attached.hub().tell(topic, frame));
    }
  }

  /** The topic a stream counts for, or null when it is not narrowed to exactly one topic of the family. */
  String topicOf(Set<String> topics) {
    if (topics == null || topics.size() != 1) {
      return null;
    }
    String topic = topics.iterator().next();
    return topic.startsWith(prefix) ? topic : null;
  }

  void joined(Set<String> topics) {
    String topic = topicOf(topics);
    if (topic != null) {
      counts.merge(topic, 1L, Long::sum);
    }
  }

  void left(Set<String> topics) {
    String topic = topicOf(topics);
    if (topic != null) {
      counts.computeIfPresent(topic, (t, n) -> n <= 1 ? null : n - 1);
    }
  }

  void attach(Context context, TickerHub hub) {
    hubs.add(new Attached(context, hub));
  }

  void detach(TickerHub hub) {
    hubs.removeIf(a -> a.hub() == hub);
  }
}
