package news.akhbar.fanout;

import io.vertx.core.Future;
import java.util.function.Consumer;

/**
 * Carries events between instances at most once: it may drop (reconnects), and it hands on only messages sealed by
 * an instance of this deployment, so whoever else can write to it cannot invent events.
 */
public interface Transport {

  Future<Void> publish(StreamEvent item);

  /**
   * Starts receiving. onItem gets every message heard that this deployment sealed; onRejected runs instead for a
   * message that is not (forged, or sent with another secret: an event may be behind it); onResubscribed runs after
   * the first subscription, after every reconnect, and when a silent connection answers again, when messages may
   * have been missed. onSilent runs when the connection is still open but has stopped answering (a frozen server):
   * messages are held up for as long as that lasts. All run on the context that called start.
   */
  Future<Void> start(Consumer<StreamEvent> onItem, Runnable onResubscribed, Runnable onRejected, Runnable onSilent);

  /** True while subscribed and answering: false while down or silent, when only the store is current. */
  boolean connected();

  Future<Void> close();
}
