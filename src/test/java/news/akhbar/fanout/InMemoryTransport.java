package news.akhbar.fanout;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A transport the test drives by hand: it hears what the test says it hears (in any order, twice, or not at all)
 * and delivers it on the fan-out's context, as a real transport does.
 */
final class InMemoryTransport implements Transport {

  final List<StreamEvent> published = new CopyOnWriteArrayList<>();
  private volatile Context context;
  private volatile Consumer<StreamEvent> onItem;
  private volatile Runnable onResubscribed;
  private volatile Runnable onSilent;
  private volatile boolean silent;

  @Override
  public Future<Void> start(Consumer<StreamEvent> onItem, Runnable onResubscribed, Runnable onRejected,
      Runnable onSilent) {
    this.context = Vertx.currentContext();
    this.onItem = onItem;
    this.onResubscribed = onResubscribed;
    this.onSilent = onSilent;
    return Future.succeededFuture();
  }

  /** A message arrives from another instance. */
  void hear(long id) {
    StreamEvent item = InMemoryTransport.event(id);
    context.runOnContext(v -> onItem.accept(item));
  }

  /** The connection came back: messages may have been missed meanwhile. */
  void resubscribe() {
    context.runOnContext(v -> onResubscribed.run());
  }

  /** The server stopped answering with the connection still open (frozen): messages are held up. */
  void fallSilent() {
    silent = true;
    context.runOnContext(v -> onSilent.run());
  }

  /** Completes once the fan-out's context has run everything handed to it before. */
  Future<Void> settled() {
    Promise<Void> done = Promise.promise();
    context.runOnContext(v -> done.complete());
    return done.future();
  }

  @Override
  public Future<Void> publish(StreamEvent item) {
    published.add(item);
    return Future.succeededFuture();
  }

  @Override
  public boolean connected() {
    return !silent;
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }

  /** The event with this id, as both the log and the transport carry it. */
  static StreamEvent event(long id) {
    return new StreamEvent(id, "article", List.of("general"), "{\"id\":\"" + id + "\"}");
  }
}
