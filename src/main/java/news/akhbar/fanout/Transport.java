package news.akhbar.fanout;

import io.vertx.core.Future;
import java.util.function.Consumer;

/** Carries events between instances at most once: it may drop (reconnects) but never invents. */
public interface Transport {

  Future<Void> publish(Published item);

  /**
   * Starts receiving. onItem gets every message heard; onResubscribed runs after the first subscription and after
   * every reconnect, when messages may have been missed. Both run on the context that called start.
   */
  Future<Void> start(Consumer<Published> onItem, Runnable onResubscribed);

  boolean connected();

  Future<Void> close();
}
