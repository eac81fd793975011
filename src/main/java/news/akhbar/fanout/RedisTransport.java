package news.akhbar.fanout;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Response;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis pub/sub between instances. At most once: a message published while a subscriber is reconnecting is gone,
 * which is why every (re)subscription is reported so the caller can catch up from the store.
 *
 * <p>Wire format: one line "id TAB event TAB topic,topic TAB sent-at-millis" then LF and the JSON.
 */
public final class RedisTransport implements Transport {

  private static final Logger log = LoggerFactory.getLogger(RedisTransport.class);
  private static final long MAX_BACKOFF_MS = 5_000;

  private final Vertx vertx;
  private final String channel;
  private final Redis publisher;
  private final Redis subscriber;
  private volatile boolean connected;
  private boolean closing;
  private RedisConnection connection;
  private Consumer<Published> onItem;
  private Runnable onResubscribed;
  private long reconnects;

  public RedisTransport(Vertx vertx, String redisUrl, String channel) {
    this.vertx = vertx;
    this.channel = channel;
    this.publisher = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl)
        .setMaxPoolSize(8).setMaxPoolWaiting(1024));
    this.subscriber = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl).setMaxPoolSize(1));
  }

  @Override
  public Future<Void> publish(Published item) {
    String message = item.id() + "\t" + item.event() + "\t" + String.join(",", item.topics()) + "\t"
        + item.sentAtMillis() + "\n" + item.json();
    return RedisAPI.api(publisher).publish(channel, message).mapEmpty();
  }

  @Override
  public Future<Void> start(Consumer<Published> onItem, Runnable onResubscribed) {
    this.onItem = onItem;
    this.onResubscribed = onResubscribed;
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
      Published item = decode(m.get(2).toString());
      if (item != null) {
        onItem.accept(item);
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

  static Published decode(String message) {
    int nl = message.indexOf('\n');
    if (nl < 0) {
      return null;
    }
    String[] head = message.substring(0, nl).split("\t", -1);
    if (head.length != 4) {
      return null;
    }
    try {
      List<String> topics = head[2].isEmpty() ? List.of() : Arrays.asList(head[2].split(","));
      return new Published(Long.parseLong(head[0]), head[1], topics, message.substring(nl + 1),
          Long.parseLong(head[3]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public boolean connected() {
    return connected;
  }

  /** How many times in a row the subscription failed to come back (0 while connected). */
  public long reconnectAttempts() {
    return reconnects;
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
