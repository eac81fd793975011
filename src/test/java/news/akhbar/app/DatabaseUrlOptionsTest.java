package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgConnectOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** AKHBAR_PG_URL's query options reach Flyway's and the command line's JDBC connections, not only the pool. */
class DatabaseUrlOptionsTest {

  @Test
  void theJdbcUrlKeepsSslModeApplicationNameAndOtherSettings() {
    PgConnectOptions o = Database.options("postgresql://akhbar:pw@db.example:6543/news"
        + "?sslmode=require&application_name=akhbar-x&search_path=news,%20public");
    assertEquals("jdbc:postgresql://db.example:6543/news?sslmode=require&ApplicationName=akhbar-x"
        + "&options=-c%20lock_timeout%3D2s%20-c%20statement_timeout%3D10s%20-c%20"
        + "idle_in_transaction_session_timeout%3D10s%20-c%20search_path%3Dnews%2C%5C%20public",
        Database.jdbcUrl(o, "news"));
  }

  @Test
  void aUrlWithoutOptionsStillGivesThePoolsSslMode() {
    PgConnectOptions o = Database.options("postgresql://akhbar@localhost/news");
    assertTrue(Database.jdbcUrl(o, "postgres").startsWith("jdbc:postgresql://localhost:5432/postgres?sslmode=disable"),
        Database.jdbcUrl(o, "postgres"));
  }

  @Test
  void aUrlWithSslModeAndApplicationNameMigratesAndFlywaySessionsCarryTheName() throws Exception {
    String name = "akhbar_u_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PgConnectOptions o = Database.options(TestDatabase.SERVER + "/" + name
        + "?sslmode=disable&application_name=akhbar-x");
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean migrating = new AtomicBoolean(true);
    Thread watcher = new Thread(() -> watch(name, seen, migrating));
    watcher.start();
    try {
      Database.prepare(o);
      migrating.set(false);
      watcher.join();
      assertTrue(seen.contains("akhbar-x"), "sessions on " + name + " during the migration: " + seen);
      try (Connection c = Database.connect(o); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT current_setting('application_name'), "
               + "(SELECT count(*) FROM flyway_schema_history WHERE success)")) {
        rs.next();
        assertEquals("akhbar-x", rs.getString(1));
        assertTrue(rs.getLong(2) >= 3, "migrations applied: " + rs.getLong(2));
      }
    } finally {
      migrating.set(false);
      watcher.join();
      TestDatabase.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** Notes the application_name of every session on the database until the migration is over. */
  private static void watch(String database, Set<String> seen, AtomicBoolean migrating) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "root", "");
         var q = c.prepareStatement("SELECT application_name FROM pg_stat_activity WHERE datname = ?")) {
      q.setString(1, database);
      while (migrating.get()) {
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            seen.add(rs.getString(1));
          }
        }
      }
    } catch (Exception e) {
      seen.add("watch failed: " + e);
    }
  }
}
