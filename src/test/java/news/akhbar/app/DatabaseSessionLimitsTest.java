package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgConnectOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import news.akhbar.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Every session Akhbar opens is bounded: lock_timeout, statement_timeout, idle_in_transaction_session_timeout. */
class DatabaseSessionLimitsTest {

  private static final String LIMITS = "SELECT current_setting('lock_timeout'), current_setting('statement_timeout'), "
      + "current_setting('idle_in_transaction_session_timeout'), current_setting('application_name')";

  @Test
  void poolSessionsGetTheLimitsOnTopOfTheClientDefaults() {
    Map<String, String> settings = Database.options("postgresql://akhbar@db/news?search_path=news").getProperties();
    assertEquals("-c lock_timeout=2s -c statement_timeout=10s -c idle_in_transaction_session_timeout=10s",
        settings.get("options"));
    assertEquals("akhbar", settings.get("application_name"));
    assertEquals("news", settings.get("search_path"));
    assertEquals("ISO", settings.get("DateStyle"), "the URL's options must not drop the client's own settings");
    assertEquals("utf8", settings.get("client_encoding"));
  }

  @Test
  void theUrlsOwnOptionsComeLaterSoTheyWin() throws Exception {
    PgConnectOptions o = Database.options(TestDatabase.SERVER + "/postgres?application_name=akhbar-2"
        + "&options=-c%20lock_timeout%3D5s");
    assertEquals(new Limits("5s", "10s", "10s", "akhbar-2"), limits(o));
  }

  @Test
  void theEditorCommandsSessionsAreBoundedAndMigrationsHaveNoStatementTimeout() throws Exception {
    PgConnectOptions o = Database.options(TestDatabase.SERVER + "/postgres");
    assertEquals(new Limits("2s", "10s", "10s", "akhbar"), limits(o));
    assertEquals(new Limits("2s", "0", "10s", "akhbar"), limits(Database.forMigrations(o)));
  }

  private record Limits(String lock, String statement, String idleInTransaction, String name) {}

  private static Limits limits(PgConnectOptions o) throws Exception {
    try (Connection c = DriverManager.getConnection(Database.jdbcUrl(o, "postgres"), o.getUser(), o.getPassword());
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LIMITS)) {
      assertTrue(rs.next());
      return new Limits(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
  }
}
