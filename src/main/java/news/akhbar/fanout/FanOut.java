package news.akhbar.fanout;

import io.vertx.core.Future;
import java.util.function.Consumer;

/**
 * Moves committed events to every subscriber of every instance.
 *
 * <p>Guarantee: each subscriber sees every committed event exactly once, in id order, with no hole, from the
 * moment it subscribes. The transport underneath may lose or reorder; the implementation fills gaps from the store.
 */
public interface FanOut {

  /**
   * Announces a committed event. Failing to reach other instances is not an error: they catch up. The future
   * completes once this instance has handed the event on (its observers hold it, its subscribers are being told),
   * so a reader asking this instance afterwards sees it; it never fails.
   */
  Future<Void> publish(StreamEvent item);

  /**
   * Registers a listener that sees every event in id order on the fan-out's own thread, before any subscriber is
   * told: what it keeps (a read model, a replay ring) is current by the time a reader hears of the event. It must be
   * quick and must not throw. Register before start.
   */
  void observe(Consumer<StreamEvent> listener);

  /** Calls onItem on the caller's context, in id order, until the returned handle is closed. */
  Future<AutoCloseable> subscribe(Consumer<StreamEvent> onItem);

  /** The id of the last event handed to subscribers (0 before any). */
  long head();

  /** True while the transport between instances is connected. */
  boolean connected();

  Future<Void> close();
}
