package news.akhbar.page;

import java.util.Map;

/** Arabic names for the topics editors use most; any other topic shows as written. The pages'
 * rules carry them to the scripts. */
final class TopicNames {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("general", "عام"), Map.entry("local", "محليات"), Map.entry("world", "العالم"),
      Map.entry("politics", "سياسة"), Map.entry("economy", "اقتصاد"), Map.entry("sports", "رياضة"),
      Map.entry("culture", "ثقافة"), Map.entry("technology", "تقنية"), Map.entry("science", "علوم"),
      Map.entry("health", "صحة"));

  private TopicNames() {
  }

  static Map<String, String> all() {
    return NAMES;
  }

  static String of(String topic) {
    return topic == null ? "" : NAMES.getOrDefault(topic, topic);
  }
}
