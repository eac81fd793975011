package news.akhbar.fanout;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.function.Consumer;

/** A transport for a single instance: what is published is heard here and nowhere else. */
public final class LocalTransport implements Transport {

  private final Vertx vertx;
  private Context context;
  private Consumer<Published> onItem = item -> { };

  public LocalTransport(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public Future<Void> publish(Published item) {
    Context target = context;
    if (target != null) {
      target.runOnContext(v -> onItem.accept(item));
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> start(Consumer<Published> onItem, Runnable onResubscribed, Runnable onRejected) {
    this.context = vertx.getOrCreateContext();
    this.onItem = onItem;
    onResubscribed.run();
    return Future.succeededFuture();
  }

  @Override
  public boolean connected() {
    return true;
  }

  @Override
  public Future<Void> close() {
    context = null;
    return Future.succeededFuture();
  }
}
