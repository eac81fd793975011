package news.akhbar.page;

import java.util.Map;
import java.util.function.Supplier;
import news.akhbar.topic.DisplayNames;

/**
 * The topics' display names a page is being rendered with (editors manage them: news.akhbar.topic). A page class
 * binds its instance's current names for the length of one render ({@link #rendering}), which runs on one thread
 * without a pause, so the template parts and PageState's rules all read one consistent set without passing it
 * through every view; outside a render a topic shows as written.
 */
final class TopicNames {

  private static final ThreadLocal<DisplayNames> RENDERING = new ThreadLocal<>();
  private static final DisplayNames NONE = new DisplayNames(Map.of());

  private TopicNames() {
  }

  /** Renders a page with these names. */
  static <T> T rendering(DisplayNames names, Supplier<T> page) {
    DisplayNames outer = RENDERING.get();
    RENDERING.set(names);
    try {
      return page.get();
    } finally {
      if (outer == null) {
        RENDERING.remove();
      } else {
        RENDERING.set(outer);
      }
    }
  }

  /** The names the page being rendered shows. */
  static DisplayNames current() {
    DisplayNames names = RENDERING.get();
    return names == null ? NONE : names;
  }

  static Map<String, String> all() {
    return current().byTopic();
  }

  static String of(String topic) {
    return current().of(topic);
  }
}
