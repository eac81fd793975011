package news.akhbar.app;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the database is, and getting it ready: created when missing, then migrated by Flyway. Blocking. */
public final class Database {

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  private Database() {
  }

  /** Connect options from AKHBAR_PG_URL; the user is the OS user unless the URL names one. */
  public static PgConnectOptions options(String url) {
    PgConnectOptions options = PgConnectOptions.fromUri(url);
    String userInfo = URI.create(url.replaceFirst("^postgres(ql)?://", "http://")).getRawUserInfo();
    if (userInfo == null || userInfo.isEmpty()) {
      options.setUser(System.getProperty("user.name"));
      options.setPassword("");
    }
    return options.setCachePreparedStatements(true).setPipeliningLimit(256);
  }

  /** The URL without its password, for messages. */
  static String describe(PgConnectOptions o) {
    return "postgresql://" + o.getUser() + "@" + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase();
  }

  public static void prepare(PgConnectOptions o) {
    try {
      createIfMissing(o);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + describe(o) + " cannot be reached or used: "
          + e.getMessage(), e);
    }
    Flyway.configure()
        .dataSource(jdbcUrl(o, o.getDatabase()), o.getUser(), o.getPassword())
        .locations("classpath:db/migration")
        .load()
        .migrate();
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

  static String jdbcUrl(PgConnectOptions o, String database) {
    return "jdbc:postgresql://" + o.getHost() + ":" + o.getPort() + "/" + database;
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
