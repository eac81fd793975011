package news.akhbar.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instances' reader counts in Redis: a hash per coverage ({channel}:audience:{id}), one field per instance
 * holding "count:epochMillis". Each instance rewrites its own fields every refresh, for the coverages it has readers
 * of, and deletes a field when its count drops to zero; a field older than {@link #STALE_MILLIS} (an instance that
 * died without deleting it) is left out of every read, and removed by whoever reads it. The cost is a few commands
 * per coverage and refresh, whatever the number of readers.
 */
public final class RedisAudience {

  /** A field not refreshed for this long belongs to an instance that is gone. */
  static final long STALE_MILLIS = 6_000;
  /** A hash no instance touches for this long goes by itself. */
  private static final long KEY_TTL_MILLIS = 60_000;

  private final Redis redis;
  private final String prefix;
  private final String instance;

  /** @param instance this instance's field in every hash, unique per process start */
  public RedisAudience(Vertx vertx, String redisUrl, String channel, String instance) {
    this.redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl).setMaxPoolSize(4)
        .setMaxPoolWaiting(256).setNetClientOptions(new NetClientOptions().setConnectTimeout(2_000))
        .setMetricsName("akhbar-audience"));
    this.prefix = channel + ":audience:";
    this.instance = instance;
  }

  String instance() {
    return instance;
  }

  /** Writes this instance's counts (coverage id to readers, all above zero) and deletes its fields in gone. */
  Future<Void> report(Map<String, Long> counts, Set<String> gone, long now) {
    List<Request> batch = new ArrayList<>();
    counts.forEach((coverage, n) -> {
      batch.add(Request.cmd(Command.HSET).arg(prefix + coverage).arg(instance).arg(n + ":" + now));
      batch.add(Request.cmd(Command.PEXPIRE).arg(prefix + coverage).arg(KEY_TTL_MILLIS));
    });
    for (String coverage : gone) {
      batch.add(Request.cmd(Command.HDEL).arg(prefix + coverage).arg(instance));
    }
    return batch.isEmpty() ? Future.succeededFuture() : redis.batch(batch).mapEmpty();
  }

  /** Every instance's fresh count of the coverage, by instance (this one's included, as last written). */
  Future<Map<String, Long>> counts(String coverage, long now) {
    return redis.send(Request.cmd(Command.HGETALL).arg(prefix + coverage)).map(r -> fresh(coverage, fields(r), now));
  }

  private Map<String, Long> fresh(String coverage, Map<String, String> fields, long now) {
    Map<String, Long> counts = new HashMap<>();
    List<String> stale = new ArrayList<>();
    fields.forEach((field, value) -> {
      int colon = value.indexOf(':');
      long n = colon > 0 ? parse(value.substring(0, colon)) : -1;
      long at = colon > 0 ? parse(value.substring(colon + 1)) : -1;
      if (n < 0 || at < 0 || now - at > STALE_MILLIS) {
        stale.add(field);
      } else {
        counts.put(field, n);
      }
    });
    if (!stale.isEmpty()) {   // best effort: the next reader removes what this one could not
      Request del = Request.cmd(Command.HDEL).arg(prefix + coverage);
      stale.forEach(del::arg);
      redis.send(del);
    }
    return counts;
  }

  /** HGETALL's answer as a map: a map under RESP3, flat field-value pairs under RESP2. */
  private static Map<String, String> fields(Response r) {
    Map<String, String> fields = new HashMap<>();
    if (r == null) {
      return fields;
    }
    if (r.isMap()) {
      for (String key : r.getKeys()) {
        fields.put(key, r.get(key).toString());
      }
    } else {
      for (int i = 0; i + 1 < r.size(); i += 2) {
        fields.put(r.get(i).toString(), r.get(i + 1).toString());
      }
    }
    return fields;
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  Future<Void> close() {
    return redis.close();
  }
}
