package news.akhbar.fanout;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis pub/sub between instances. At most once: a message published while a subscriber is reconnecting is gone,
 * which is why every (re)subscription is reported so the caller can catch up from the store. Messages are sealed
 * ({@link WireFormat}): one that is not sealed with this deployment's key is reported as rejected, never handed on.
 */
public final class RedisTransport implements Transport {

  private static final Logger log = LoggerFactory.getLogger(RedisTransport.class);
  private static final long MAX_BACKOFF_MS = 5_000;

  private final Vertx vertx;
  private final String channel;
  private final Redis publisher;
  private final Redis subscriber;
  private final WireFormat wire;
  private volatile boolean connected;
  private boolean closing;
  private RedisConnection connection;
  private Consumer<StreamEvent> onItem;
  private Runnable onResubscribed;
  private Runnable onRejected;
  private long reconnects;

  public RedisTransport(Vertx vertx, String redisUrl, String channel, WireFormat wire) {
    this.vertx = vertx;
    this.channel = channel;
    this.wire = wire;
    this.publisher = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl)
        .setMaxPoolSize(8).setMaxPoolWaiting(1024));
    this.subscriber = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl).setMaxPoolSize(1));
  }

  @Override
  public Future<Void> publish(StreamEvent item) {
    return publisher.send(Request.cmd(Command.PUBLISH).arg(channel).arg(wire.encode(item))).mapEmpty();
  }

  @Override
  public Future<Void> start(Consumer<StreamEvent> onItem, Runnable onResubscribed, Runnable onRejected) {
    this.onItem = onItem;
    this.onResubscribed = onResubscribed;
    this.onRejected = onRejected;
    subscribe().onFailure(err -> {
      log.warn("redis at {} does not answer ({}); serving from the store until it does", channel, err.toString());
      retry();
    });
    return Future.succeededFuture();
  }

  private Future<Void> subscribe() {
    return subscriber.connect().compose(conn -> {
      connection = conn;
      conn.handler(this::onMessage);
      conn.exceptionHandler(err -> log.warn("redis subscription error: {}", err.toString()));
      conn.endHandler(v -> lost());
      return RedisAPI.api(conn).subscribe(List.of(channel)).<Void>mapEmpty()
          .onFailure(err -> conn.close());
    });
  }

  private void onMessage(Response m) {
    String kind = m.size() > 0 ? m.get(0).toString() : "";
    if ("subscribe".equals(kind)) {
      connected = true;
      if (reconnects > 0) {
        log.info("redis subscription on {} restored after {} attempt(s)", channel, reconnects);
      }
      reconnects = 0;
      onResubscribed.run();
    } else if ("message".equals(kind) && m.size() == 3) {
      StreamEvent item = wire.decode(m.get(2).toBytes());
      if (item != null) {
        onItem.accept(item);
      } else {
        onRejected.run();
      }
    }
  }

  private void lost() {
    connected = false;
    connection = null;
    if (!closing) {
      log.warn("redis subscription on {} lost; reconnecting", channel);
      retry();
    }
  }

  private void retry() {
    long delay = Math.min(MAX_BACKOFF_MS, 100L << Math.min(reconnects++, 6));
    vertx.setTimer(delay, t -> {
      if (!closing) {
        subscribe().onFailure(err -> retry());
      }
    });
  }

  @Override
  public boolean connected() {
    return connected;
  }

  @Override
  public Future<Void> close() {
    closing = true;
    connected = false;
    RedisConnection conn = connection;
    Future<Void> closed = conn == null ? Future.succeededFuture() : conn.close();
    return closed.eventually(() -> {
      publisher.close();
      subscriber.close();
      return Future.succeededFuture();
    });
  }
}
