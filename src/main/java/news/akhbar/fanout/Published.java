package news.akhbar.fanout;

import java.util.List;

/**
 * One committed stream event as it travels between instances.
 *
 * @param id the event's store sequence: decimal, growing, without holes
 * @param event the SSE event name (article, update, retract)
 * @param topics the topics a filtered reader must hold one of to see it
 * @param json the event's data, one line of JSON
 */
public record Published(long id, String event, List<String> topics, String json) {

  public Published {
    topics = List.copyOf(topics);
  }
}
