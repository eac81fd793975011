package news.akhbar.app.firstrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.app.StoreUrls;
import news.akhbar.config.DevConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * Development mode: for each store whose URL was not configured, the default local address is used when something
 * answers there, else an embedded PostgreSQL or Redis is started on that address. A configured URL is never replaced,
 * even when nothing answers at it. Closing stops whatever was started. The {@link StoreUrls} of target/akhbar.jar.
 */
public final class DevServices implements StoreUrls {

  private static final Logger log = LoggerFactory.getLogger(DevServices.class);
  private static final int PROBE_TIMEOUT_MS = 300;

  private final Map<String, String> urls;
  private EmbeddedPostgres postgres;
  private RedisServer redis;

  private DevServices(Map<String, String> urls, EmbeddedPostgres postgres, RedisServer redis) {
    this.urls = urls;
    this.postgres = postgres;
    this.redis = redis;
  }

  /** Decides and starts what is missing. Blocking: the first embedded PostgreSQL runs initdb (a few seconds). */
  public static DevServices start(DevConfig dev) {
    Map<String, String> urls = new HashMap<>();
    EmbeddedPostgres postgres = null;
    RedisServer redis = null;
    try {
      if (!dev.pgUrlConfigured()) {
        int port = dev.defaultPgPort();
        if (answers(port)) {
          // An embedded PostgreSQL left running by a killed run answers as the superuser "postgres".
          String user = leftRunning(dev.devDir().resolve("postgres"), port) ? "postgres@" : "";
          urls.put("AKHBAR_PG_URL", "postgresql://" + user + "localhost:" + port + "/akhbar");
        } else {
          postgres = EmbeddedStores.postgres(dev.devDir().resolve("postgres"), port);
          urls.put("AKHBAR_PG_URL", "postgresql://postgres@localhost:" + postgres.getPort() + "/akhbar");
        }
      }
      if (!dev.redisUrlConfigured()) {
        int port = dev.defaultRedisPort();
        if (answers(port)) {
          urls.put("AKHBAR_REDIS_URL", "redis://localhost:" + port);
        } else {
          redis = EmbeddedStores.redis(port);
          urls.put("AKHBAR_REDIS_URL", "redis://127.0.0.1:" + port);
        }
      }
    } catch (RuntimeException e) {
      new DevServices(urls, postgres, redis).close();
      throw e;
    }
    DevServices services = new DevServices(urls, postgres, redis);
    if (services.embedded()) {
      banner(dev, services);
    }
    return services;
  }

  @Override
  public Map<String, String> env(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.putAll(urls);
    return all;
  }

  /** True when an embedded PostgreSQL or Redis runs in this process. */
  public boolean embedded() {
    return postgres != null || redis != null;
  }

  static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), PROBE_TIMEOUT_MS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** True when the dev data folder's postmaster.pid says its server listens on this port (4th line). */
  static boolean leftRunning(Path dataDir, int port) {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
      return lines.size() > 3 && lines.get(3).trim().equals(Integer.toString(port));
    } catch (IOException e) {
      return false;
    }
  }

  private static void banner(DevConfig dev, DevServices s) {
    String line = "=".repeat(78);
    log.warn(line);
    log.warn("DEVELOPMENT MODE: not for production.");
    if (s.postgres != null) {
      log.warn("  No AKHBAR_PG_URL and nothing on localhost:{}: started an embedded PostgreSQL there,", dev.defaultPgPort());
      log.warn("  data kept in {}", dev.devDir().resolve("postgres"));
    }
    if (s.redis != null) {
      log.warn("  No AKHBAR_REDIS_URL and nothing on localhost:{}: started an embedded Redis there.",
          dev.defaultRedisPort());
    }
    log.warn("  Set AKHBAR_PG_URL and AKHBAR_REDIS_URL to use real servers.");
    log.warn(line);
  }

  /** Stops the embedded stores; safe to call more than once. */
  @Override
  public synchronized void close() {
    if (redis != null) {
      try {
        redis.stop();
      } catch (IOException | RuntimeException e) {
        log.warn("embedded Redis did not stop cleanly: {}", e.toString());
      }
      redis = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException e) {
        log.warn("embedded PostgreSQL did not stop cleanly: {}", e.toString());
      }
      postgres = null;
    }
  }

  static Path ensureDir(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the development data folder " + dir + " (set AKHBAR_DEV_DIR "
          + "to a writable folder): " + e.getMessage(), e);
    }
  }
}
