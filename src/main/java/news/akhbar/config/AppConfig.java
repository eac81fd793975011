package news.akhbar.config;

import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Everything Akhbar reads from its environment, read once at start-up.
 *
 * @param adminTokenGenerated true when no AKHBAR_ADMIN_TOKEN was given and one was made for this run
 * @param fanOutSecret what seals messages between instances: AKHBAR_FANOUT_SECRET, else the admin token
 * @param searchDir the directory of this instance's search index (AKHBAR_SEARCH_DIR); null: search asks PostgreSQL
 *     (AKHBAR_SEARCH=postgres)
 */
public record AppConfig(
    String httpHost,
    int httpPort,
    int httpInstances,
    String pgUrl,
    String redisUrl,
    String redisChannel,
    String adminToken,
    boolean adminTokenGenerated,
    int heartbeatSeconds,
    Duration replayWindow,
    int replayLimit,
    long catchUpMillis,
    int writeQueueBytes,
    int maxStreamsPerClient,
    int bodyLimitBytes,
    String webroot,
    String tlsCertPath,
    String tlsKeyPath,
    boolean trustForwarded,
    int writesPerMinute,
    long schedulerMillis,
    List<String> corsOrigins,
    boolean compression,
    boolean vertxMetrics,
    int hotArticles,
    int hotPerTopic,
    int replayRing,
    int reconnectSpreadMillis,
    String publicUrl,
    boolean h2c,
    int trustedHops,
    int headerTimeoutSeconds,
    String fanOutSecret,
    Duration retentionInterval,
    int searchesPerMinute,
    int coldReadsPerMinute,
    int bodyTimeoutSeconds,
    String searchDir) {

  public static AppConfig fromEnv(Map<String, String> env) {
    String token = AdminToken.of(env.get("AKHBAR_ADMIN_TOKEN"),
        Boolean.parseBoolean(env.getOrDefault("AKHBAR_ALLOW_SHORT_ADMIN_TOKEN", "false")));
    boolean generated = token == null;
    String adminToken = generated ? newToken() : token;
    String fanOutSecret = blankToNull(env.get("AKHBAR_FANOUT_SECRET"));
    return new AppConfig(
        env.getOrDefault("AKHBAR_HTTP_HOST", "0.0.0.0"),
        intOf(env, "AKHBAR_HTTP_PORT", 8080),
        intOf(env, "AKHBAR_HTTP_INSTANCES", Runtime.getRuntime().availableProcessors()),
        pgUrlOf(env),
        env.getOrDefault("AKHBAR_REDIS_URL", "redis://localhost:6379"),
        env.getOrDefault("AKHBAR_REDIS_CHANNEL", "akhbar:events"),
        adminToken,
        generated,
        intOf(env, "AKHBAR_HEARTBEAT_SECONDS", 15),
        durationOf(env, "AKHBAR_REPLAY_WINDOW", Duration.ofDays(7)),
        intOf(env, "AKHBAR_REPLAY_LIMIT", 10_000),
        intOf(env, "AKHBAR_CATCHUP_MILLIS", 2_000),
        intOf(env, "AKHBAR_WRITE_QUEUE_BYTES", 256 * 1024),
        intOf(env, "AKHBAR_MAX_STREAMS_PER_CLIENT", 10_000),
        intOf(env, "AKHBAR_BODY_LIMIT_BYTES", 256 * 1024),
        env.getOrDefault("AKHBAR_WEBROOT", "webroot"),
        blankToNull(env.get("AKHBAR_TLS_CERT")),
        blankToNull(env.get("AKHBAR_TLS_KEY")),
        Boolean.parseBoolean(env.getOrDefault("AKHBAR_TRUST_FORWARDED", "false")),

        intOf(env, "AKHBAR_WRITES_PER_MINUTE", 120),
        intOf(env, "AKHBAR_SCHEDULER_MILLIS", 1_000),
        listOf(env, "AKHBAR_CORS_ORIGINS"),
        Boolean.parseBoolean(env.getOrDefault("AKHBAR_COMPRESSION", "false")),
        Boolean.parseBoolean(env.getOrDefault("AKHBAR_VERTX_METRICS", "true")),
        intOf(env, "AKHBAR_HOT_ARTICLES", 500),
        intOf(env, "AKHBAR_HOT_PER_TOPIC", 50),
        intOf(env, "AKHBAR_REPLAY_RING", 2_000),
        intOf(env, "AKHBAR_RECONNECT_SPREAD_MILLIS", 5_000),
        publicUrlOf(env),
        Boolean.parseBoolean(env.getOrDefault("AKHBAR_H2C", "false")),
        positiveIntOf(env, "AKHBAR_TRUSTED_HOPS", 1),
        intOf(env, "AKHBAR_HEADER_TIMEOUT_SECONDS", 10),
        fanOutSecret != null ? fanOutSecret : adminToken,
        durationOf(env, "AKHBAR_RETENTION_INTERVAL", Duration.ofHours(1)),
        nonNegativeIntOf(env, "AKHBAR_SEARCHES_PER_MINUTE", 60),
        nonNegativeIntOf(env, "AKHBAR_COLD_READS_PER_MINUTE", 120),
        nonNegativeIntOf(env, "AKHBAR_BODY_TIMEOUT_SECONDS", 30),
        searchDirOf(env));
  }

  /** Every setting, secrets masked: the admin token, the fan-out secret and passwords in the two URLs. */
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(", ", "AppConfig[", "]");
    for (RecordComponent c : AppConfig.class.getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(this);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      out.add(c.getName() + "=" + (value == null ? null : switch (c.getName()) {
        case "adminToken", "fanOutSecret" -> "***";
        case "pgUrl", "redisUrl" -> withoutPassword(value.toString());
        default -> value;
      }));
    }
    return out.toString();
  }

  /** A store's URL fit for a log: a password in its user part or its query shows as ***. */
  public static String withoutPassword(String url) {
    return url.replaceAll("(?<=://)([^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** The same configuration listening elsewhere: tests run several instances on port 0. */
  public AppConfig withHttpPort(int port) {
    return with(port, searchDir);
  }

  /** The same configuration with its search index elsewhere (none stays none): each test instance keeps its own. */
  public AppConfig withSearchDir(String dir) {
    return with(httpPort, searchDir == null ? null : dir);
  }

  private AppConfig with(int port, String dir) {
    return new AppConfig(httpHost, port, httpInstances, pgUrl, redisUrl, redisChannel, adminToken,
        adminTokenGenerated, heartbeatSeconds, replayWindow, replayLimit, catchUpMillis, writeQueueBytes,
        maxStreamsPerClient, bodyLimitBytes, webroot, tlsCertPath, tlsKeyPath, trustForwarded,
        writesPerMinute, schedulerMillis, corsOrigins, compression, vertxMetrics, hotArticles, hotPerTopic, replayRing,
        reconnectSpreadMillis, publicUrl, h2c, trustedHops, headerTimeoutSeconds, fanOutSecret, retentionInterval,
        searchesPerMinute, coldReadsPerMinute, bodyTimeoutSeconds, dir);
  }

  /** AKHBAR_SEARCH (lucene, the default, or postgres) and AKHBAR_SEARCH_DIR (data/search-index). */
  private static String searchDirOf(Map<String, String> env) {
    String engine = env.getOrDefault("AKHBAR_SEARCH", "lucene").trim().toLowerCase(java.util.Locale.ROOT);
    return switch (engine) {
      case "lucene", "" -> {
        String dir = blankToNull(env.get("AKHBAR_SEARCH_DIR"));
        yield dir == null ? "data/search-index" : dir;
      }
      case "postgres" -> null;
      default -> throw new IllegalArgumentException("AKHBAR_SEARCH must be lucene or postgres, got '"
          + env.get("AKHBAR_SEARCH") + "'");
    };
  }

  /** AKHBAR_PG_URL alone, for the editor commands, which need nothing else (not even a valid admin token). */
  public static String pgUrlOf(Map<String, String> env) {
    return env.getOrDefault("AKHBAR_PG_URL", "postgresql://localhost:5432/akhbar");
  }

  public static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** scheme://host[:port] without a trailing slash, or null when unset. */
  private static String publicUrlOf(Map<String, String> env) {
    String value = blankToNull(env.get("AKHBAR_PUBLIC_URL"));
    if (value == null) {
      return null;
    }
    try {
      java.net.URI uri = new java.net.URI(value);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
          || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
        throw new IllegalArgumentException();
      }
      return uri.getScheme() + "://" + uri.getRawAuthority();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException("AKHBAR_PUBLIC_URL must be an http(s) origin such as "
          + "https://news.example.org, got '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** A comma-separated list; empty when unset. */
  private static List<String> listOf(Map<String, String> env, String name) {
    String value = env.getOrDefault(name, "");
    return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  private static int intOf(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
    }
  }

  private static int nonNegativeIntOf(Map<String, String> env, String name, int fallback) {
    int value = intOf(env, name, fallback);
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be 0 (no limit) or more, got " + value);
    }
    return value;
  }

  private static int positiveIntOf(Map<String, String> env, String name, int fallback) {
    int value = intOf(env, name, fallback);
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
    return value;
  }

  /** Accepts ISO-8601 (P7D, PT12H), a number with a unit (7d, 12h, 30m, 45s) or a bare 0. */
  static Duration durationOf(Map<String, String> env, String name, Duration fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim().toLowerCase();
    try {
      if (v.equals("0")) {
        return Duration.ZERO;
      }
      if (v.startsWith("p")) {
        return Duration.parse(v.toUpperCase());
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      return switch (v.charAt(v.length() - 1)) {
        case 'd' -> Duration.ofDays(n);
        case 'h' -> Duration.ofHours(n);
        case 'm' -> Duration.ofMinutes(n);
        case 's' -> Duration.ofSeconds(n);
        default -> throw new IllegalArgumentException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " must be a duration such as 7d, 12h or P7D, got '" + value + "'");
    }
  }
}
