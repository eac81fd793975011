package news.akhbar.topic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;

/**
 * The topics' display names this instance shows: read from the store at start-up, then kept current by the fan-out,
 * which hands it every event in id order (a rename made on any instance, or caught up from the event log after a
 * Redis outage). Register it before the newest news, so that a page encoded from a snapshot the rename renewed
 * already carries the new name. Readers take {@link #now} from any thread.
 */
public final class NamedTopics implements Consumer<StreamEvent> {

  /** The stream event of a change: {"topic": …, "name": … or null when the topic shows as written again}. */
  public static final String EVENT = "topic-name";

  /** Fan-out thread only: the last event id taken into account, so a name read at start-up is not replayed over. */
  private long head;
  private volatile DisplayNames now;

  public NamedTopics(TopicNameStore.Loaded loaded) {
    this.head = loaded.head();
    this.now = loaded.names();
  }

  /** The names as of the last event handed on. */
  public DisplayNames now() {
    return now;
  }

  @Override
  public void accept(StreamEvent event) {
    if (event.id() <= head) {
      return;
    }
    head = event.id();
    if (EVENT.equals(event.event())) {
      JsonNode change = Json.read(event.json(), JsonNode.class);
      JsonNode name = change.get("name");
      now = now.with(change.get("topic").asText(), name == null || name.isNull() ? null : name.asText());
    }
  }
}
