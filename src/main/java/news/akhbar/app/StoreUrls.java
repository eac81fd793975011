package news.akhbar.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.config.DevConfig;

/**
 * The seam between the two jars: how a start gets the store URLs the environment lacks. The server jar
 * (akhbar-server.jar) has only {@link #requireConfigured}; target/akhbar.jar starts through {@code app.firstrun},
 * which finds local stores or starts embedded ones. Closed after the app, on every exit.
 */
public interface StoreUrls extends AutoCloseable {

  /** The environment with the store URLs decided here filled in; configured URLs are left as they were. */
  Map<String, String> env(Map<String, String> env);

  /** Stops whatever was started for this run; nothing by default. */
  @Override
  default void close() {
  }

  /** The server's rule: AKHBAR_PG_URL and AKHBAR_REDIS_URL must both be set, and are used as they are. */
  static StoreUrls requireConfigured(DevConfig dev) {
    List<String> missing = new ArrayList<>();
    if (!dev.pgUrlConfigured()) {
      missing.add("AKHBAR_PG_URL");
    }
    if (!dev.redisUrlConfigured()) {
      missing.add("AKHBAR_REDIS_URL");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
          + " required: this server build carries no embedded PostgreSQL or Redis. Point AKHBAR_PG_URL and "
          + "AKHBAR_REDIS_URL at running servers (for example postgresql://akhbar@db:5432/akhbar and "
          + "redis://cache:6379), or run target/akhbar.jar for a first run on a machine with nothing installed.");
    }
    return env -> env;
  }
}
