package news.akhbar.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * What decides development mode, read from the environment once: whether the stores were configured, where the
 * default local ones are looked for, and where embedded ones keep their data. The server jar reads it too, and there
 * both URLs must be configured.
 *
 * @param pgUrlConfigured true when AKHBAR_PG_URL was set: then it is used, reachable or not, and never replaced
 * @param redisUrlConfigured true when AKHBAR_REDIS_URL was set
 * @param defaultPgPort AKHBAR_DEFAULT_PG_PORT (5432): where a local PostgreSQL is looked for, and where an embedded
 *     one listens when none answers there
 * @param defaultRedisPort AKHBAR_DEFAULT_REDIS_PORT (6379): the same for Redis
 * @param devDir AKHBAR_DEV_DIR (~/.akhbar/dev): the embedded PostgreSQL's data, kept across restarts
 * @param sampleContent AKHBAR_SAMPLE_CONTENT: true or false; null (unset) means "when AKHBAR_PG_URL is not set"
 */
public record DevConfig(
    boolean pgUrlConfigured,
    boolean redisUrlConfigured,
    int defaultPgPort,
    int defaultRedisPort,
    Path devDir,
    Boolean sampleContent) {

  public static DevConfig fromEnv(Map<String, String> env) {
    String dir = env.get("AKHBAR_DEV_DIR");
    String sample = env.get("AKHBAR_SAMPLE_CONTENT");
    return new DevConfig(
        isSet(env, "AKHBAR_PG_URL"),
        isSet(env, "AKHBAR_REDIS_URL"),
        port(env, "AKHBAR_DEFAULT_PG_PORT", 5432),
        port(env, "AKHBAR_DEFAULT_REDIS_PORT", 6379),
        dir == null || dir.isBlank() ? Path.of(System.getProperty("user.home"), ".akhbar", "dev") : Path.of(dir.trim()),
        sample == null || sample.isBlank() ? null : Boolean.valueOf(sample.trim()));
  }

  /** Sample articles go into an empty database when asked for, or by default when no database was configured. */
  public boolean wantsSampleContent() {
    return sampleContent != null ? sampleContent : !pgUrlConfigured;
  }

  private static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a TCP port (1-65535), got '" + value + "'");
  }
}
