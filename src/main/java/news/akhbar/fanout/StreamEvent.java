package news.akhbar.fanout;

import java.util.List;

/**
 * One committed stream event as it travels between instances.
 *
 * @param id the event's store sequence: decimal, growing, without holes
 * @param event the SSE event name (article, update, retract)
 * @param topics the topics a filtered reader must hold one of to see it
 * @param json the event's data, one line of JSON
 * @param sentAtMillis wall-clock time the committing instance announced it (0 when read back from the store)
 */
public record StreamEvent(long id, String event, List<String> topics, String json, long sentAtMillis) {

  public StreamEvent {
    topics = List.copyOf(topics);
  }

  /** An event read from the store: its announcement time is unknown. */
  public StreamEvent(long id, String event, List<String> topics, String json) {
    this(id, event, topics, json, 0);
  }

  /** The longest event name: the names in use are short words. */
  static final int MAX_EVENT_NAME = 32;

  /**
   * Whether an event name can travel on a stream as it is: one to 32 lower-case letters or hyphens (an event: field
   * cannot carry a line break, and readers listen for fixed names). Checked before an event is handed on.
   */
  public static boolean isEventName(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_EVENT_NAME) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The same event stamped with the moment it is announced. */
  public StreamEvent sentNow() {
    return new StreamEvent(id, event, topics, json, System.currentTimeMillis());
  }
}
