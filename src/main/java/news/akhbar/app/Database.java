package news.akhbar.app;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the database is, and getting it ready: created when missing, then migrated by Flyway. Blocking. */
public final class Database {

  private static final Logger log = LoggerFactory.getLogger(Database.class);
  /** Startup settings the JDBC driver sends itself and insists on. */
  private static final Set<String> DRIVER_SETTINGS = Set.of("client_encoding", "datestyle", "extra_float_digits");
  /**
   * Bounds on every session, so one stuck transaction cannot hold every writer and then every pooled connection:
   * a write waiting on a row lock gives up after lock_timeout (and answers 503), no statement runs past
   * statement_timeout, and a session of ours left idle inside a transaction is ended, releasing its locks.
   */
  static final String SESSION_LIMITS = "-c lock_timeout=2s -c statement_timeout=10s "
      + "-c idle_in_transaction_session_timeout=10s";

  private Database() {
  }

  /**
   * Connect options from AKHBAR_PG_URL; the user is the OS user unless the URL names one. Every session is named
   * "akhbar" and starts with {@link #SESSION_LIMITS}, ahead of the URL's own {@code options}, whose {@code -c} settings
   * come later and so win ({@code ?options=-c%20lock_timeout%3D5s}).
   */
  public static PgConnectOptions options(String url) {
    PgConnectOptions options = PgConnectOptions.fromUri(url);
    String userInfo = URI.create(url.replaceFirst("^postgres(ql)?://", "http://")).getRawUserInfo();
    if (userInfo == null || userInfo.isEmpty()) {
      options.setUser(System.getProperty("user.name"));
      options.setPassword("");
    }
    // fromUri replaces the client's defaults (DateStyle, client_encoding...) with the URL's options: merge them back
    Map<String, String> fromUrl = new HashMap<>(options.getProperties());
    PgConnectOptions.DEFAULT_PROPERTIES.forEach(fromUrl::remove);
    Map<String, String> settings = new HashMap<>(PgConnectOptions.DEFAULT_PROPERTIES);
    settings.put("application_name", "akhbar");
    settings.putAll(fromUrl);
    settings.put("options", fromUrl.containsKey("options") ? SESSION_LIMITS + " " + fromUrl.get("options")
        : SESSION_LIMITS);
    return options.setProperties(settings).setCachePreparedStatements(true).setPipeliningLimit(256);
  }

  /** The URL without its password, for messages. */
  static String describe(PgConnectOptions o) {
    return "postgresql://" + o.getUser() + "@" + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase();
  }

  /**
   * The newest migration in src/main/resources/db/migration ({@code DatabaseMigrationsTest} holds them equal). A
   * database whose history ends there, every step successful, is not handed to Flyway at start-up.
   */
  static final String NEWEST_MIGRATION = "9";

  public static void prepare(PgConnectOptions o) {
    PgConnectOptions migrating = forMigrations(o);
    try {
      if (isCurrent(migrating)) {
        return;
      }
      createIfMissing(migrating);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + describe(o) + " cannot be reached or used: "
          + e.getMessage(), e);
    }
    Flyway.configure()
        .dataSource(jdbcUrl(migrating, o.getDatabase()), o.getUser(), o.getPassword())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /**
   * Migrations keep lock_timeout (DDL queued behind a long reader would stall every query behind it) and the idle
   * limit, but not statement_timeout: building an index over a large table may rightly take longer.
   */
  static PgConnectOptions forMigrations(PgConnectOptions o) {
    Map<String, String> settings = new HashMap<>(o.getProperties());
    settings.merge("options", "-c statement_timeout=0", (theirs, off) -> theirs + " " + off);
    return new PgConnectOptions(o).setProperties(settings);
  }

  /**
   * True when the database exists and its migration history ends at {@link #NEWEST_MIGRATION} with no failed step:
   * then there is nothing for Flyway to do, and asking it costs a start ~0.3 s (its scan, its lock, its checks). Any
   * other answer (no database, no history, an older or newer schema, a failed step) goes to Flyway, which migrates,
   * or refuses with its own message.
   */
  static boolean isCurrent(PgConnectOptions o) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl(o, o.getDatabase()), props(o));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT bool_and(success), (array_agg(version ORDER BY installed_rank DESC) "
             + "FILTER (WHERE version IS NOT NULL))[1] FROM flyway_schema_history")) {
      return rs.next() && rs.getBoolean(1) && NEWEST_MIGRATION.equals(rs.getString(2));
    } catch (SQLException e) {
      if ("3D000".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
        return false;   // no such database yet, or never migrated
      }
      throw e;
    }
  }

  private static void createIfMissing(PgConnectOptions o) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl(o, "postgres"), props(o));
         PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      q.setString(1, o.getDatabase());
      try (ResultSet rs = q.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("CREATE DATABASE \"" + o.getDatabase().replace("\"", "\"\"") + "\"");
        log.info("created database {}", o.getDatabase());
      } catch (SQLException e) {
        if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
          throw e;
        }
      }
    }
  }

  /** A plain JDBC connection to the configured database, for the command line. */
  static Connection connect(PgConnectOptions o) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(o, o.getDatabase()), props(o));
  }

  /**
   * The JDBC URL of the same server for Flyway and the command line, with what the pool's URL asked for: its sslmode,
   * its application_name, and every other session setting (sent through {@code options} as {@code -c name=value}).
   * Settings the JDBC driver makes itself (client_encoding, DateStyle, extra_float_digits) are left to it.
   */
  static String jdbcUrl(PgConnectOptions o, String database) {
    String host = o.getHost().contains(":") ? "[" + o.getHost() + "]" : o.getHost();
    StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(o.getPort())
        .append('/').append(encode(database)).append("?sslmode=").append(o.getSslMode().value);
    StringBuilder options = new StringBuilder();
    for (Map.Entry<String, String> p : new TreeMap<>(o.getProperties()).entrySet()) {
      String name = p.getKey().toLowerCase(Locale.ROOT);
      if (DRIVER_SETTINGS.contains(name)) {
        continue;
      }
      if (name.equals("application_name")) {
        url.append("&ApplicationName=").append(encode(p.getValue()));
      } else if (name.equals("options")) {
        options.insert(0, p.getValue() + " ");
      } else {
        options.append("-c ").append(name).append('=').append(escapeOption(p.getValue())).append(' ');
      }
    }
    if (!options.isEmpty()) {
      url.append("&options=").append(encode(options.toString().strip()));
    }
    return url.toString();
  }

  /** In {@code options}, spaces separate arguments: a space inside a value is escaped with a backslash. */
  private static String escapeOption(String value) {
    return value.replace("\\", "\\\\").replace(" ", "\\ ");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Properties props(PgConnectOptions o) {
    Properties p = new Properties();
    p.setProperty("user", o.getUser());
    if (o.getPassword() != null && !o.getPassword().isEmpty()) {
      p.setProperty("password", o.getPassword());
    }
    p.setProperty("connectTimeout", "5");
    return p;
  }
}
