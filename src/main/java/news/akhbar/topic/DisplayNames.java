package news.akhbar.topic;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The topics' display names at one moment, by topic in alphabetical order; immutable, so a page rendered with one
 * shows one consistent set. A topic without a name shows as written.
 */
public record DisplayNames(Map<String, String> byTopic) {

  public DisplayNames {
    byTopic = Collections.unmodifiableMap(new TreeMap<>(byTopic));
  }

  /** What a topic shows as: its name, or the topic itself when it has none ("" for none). */
  public String of(String topic) {
    return topic == null ? "" : byTopic.getOrDefault(topic, topic);
  }

  /** The same names with one changed; name null takes the topic's name away. */
  DisplayNames with(String topic, String name) {
    Map<String, String> changed = new TreeMap<>(byTopic);
    if (name == null) {
      changed.remove(topic);
    } else {
      changed.put(topic, name);
    }
    return new DisplayNames(changed);
  }
}
