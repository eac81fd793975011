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
import io.vertx.redis.client.ResponseType;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis pub/sub between instances. At most once: a message published while a subscriber is reconnecting is gone,
 * which is why every (re)subscription is reported so the caller can catch up from the store. Messages are sealed
 * ({@link WireFormat}): one that is not sealed with this deployment's key is reported as rejected, never handed on.
 * The subscribed connection is sent a PING every second ({@link LivenessProbe}): one left unanswered for a second
 * means Redis is frozen, not gone (the socket stays open), and is reported as silence until it answers again.
 */
public final class RedisTransport implements Transport {

  private static final Logger log = LoggerFactory.getLogger(RedisTransport.class);
  private static final long MAX_BACKOFF_MS = 5_000;
  /** How often the subscribed connection is sent a PING, and how long its PONG may take before Redis is silent. */
  static final long PROBE_MS = 1_000;

  private final Vertx vertx;
  private final String channel;
  private final Redis publisher;
  private final Redis subscriber;
  private final WireFormat wire;
  private volatile boolean connected;
  private volatile boolean silent;
  private boolean closing;
  private RedisConnection connection;
  private Consumer<StreamEvent> onItem;
  private Runnable onResubscribed;
  private Runnable onRejected;
  private Runnable onSilent;
  private LivenessProbe probe;
  private long reconnects;

  public RedisTransport(Vertx vertx, String redisUrl, String channel, WireFormat wire) {
    this.vertx = vertx;
    this.channel = channel;
    this.wire = wire;
    // each client has a metrics name of its own: Vert.x's client meters are tagged by it (namespace)
    this.publisher = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl)
        .setMaxPoolSize(8).setMaxPoolWaiting(1024).setMetricsName("akhbar-fanout-publish"));
    this.subscriber = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl).setMaxPoolSize(1)
        .setMetricsName("akhbar-fanout-subscribe"));
  }

  @Override
  public Future<Void> publish(StreamEvent item) {
    return publisher.send(Request.cmd(Command.PUBLISH).arg(channel).arg(wire.encode(item))).mapEmpty();
  }

  @Override
  public Future<Void> start(Consumer<StreamEvent> onItem, Runnable onResubscribed, Runnable onRejected,
      Runnable onSilent) {
    this.onItem = onItem;
    this.onResubscribed = onResubscribed;
    this.onRejected = onRejected;
    this.onSilent = onSilent;
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

  /**
   * Everything the subscribed connection hears, PONGs included. A message pushed while a PING waits takes the PING's
   * place in the client's reply queue (vertx-redis-client 5.0.7), so its PONG then comes here and the PING's future
   * never completes; under RESP2 the PING's future may get a message instead, which it passes on to here.
   */
  private void onMessage(Response m) {
    if (m == null) {
      return;
    }
    boolean aggregate = m.type() == ResponseType.PUSH || m.type() == ResponseType.MULTI;
    String kind = aggregate ? (m.size() > 0 ? m.get(0).toString() : "") : m.toString();
    if ("pong".equalsIgnoreCase(kind)) {
      if (probe != null) {
        probe.answered();
      }
    } else if (!aggregate) {
      return;
    } else if ("subscribe".equals(kind)) {
      connected = true;
      if (reconnects > 0) {
        log.info("redis subscription on {} restored after {} attempt(s)", channel, reconnects);
      }
      reconnects = 0;
      probe(connection);
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

  /** Sends the subscribed connection a PING every second, and says when it stops and starts answering. */
  private void probe(RedisConnection conn) {
    if (probe != null) {
      probe.stop();
    }
    silent = false;
    probe = new LivenessProbe(vertx, PROBE_MS, () -> ping(conn), this::silent, this::answering);
  }

  /** An error is an answer too; a closed connection is handled as lost. */
  private void ping(RedisConnection conn) {
    LivenessProbe asking = probe;
    conn.send(Request.cmd(Command.PING)).onSuccess(this::onMessage).onFailure(err -> asking.answered());
  }

  private void silent() {
    silent = true;
    log.warn("redis at {} has not answered a PING for {} ms; reading the store until it does", channel, PROBE_MS);
    onSilent.run();
  }

  private void answering() {
    silent = false;
    log.info("redis at {} answers again", channel);
    onResubscribed.run();
  }

  private void lost() {
    connected = false;
    connection = null;
    if (probe != null) {
      probe.stop();
      probe = null;
    }
    silent = false;
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
    return connected && !silent;
  }

  @Override
  public Future<Void> close() {
    closing = true;
    connected = false;
    if (probe != null) {
      probe.stop();
    }
    RedisConnection conn = connection;
    Future<Void> closed = conn == null ? Future.succeededFuture() : conn.close();
    return closed.eventually(() -> {
      publisher.close();
      subscriber.close();
      return Future.succeededFuture();
    });
  }
}
