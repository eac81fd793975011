package news.akhbar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL's count of transactions (xact_commit + xact_rollback in pg_stat_database) in one database, read from
 * the postgres database so that reading adds nothing to it. A backend (PostgreSQL 15) publishes its counts when a
 * transaction ends at least a second after its last report, and when it exits: an idle backend holds back what it
 * did in its last busy second for as long as it stays idle (seen here for 30 s and more). So a count is exact only
 * once the sessions that did the work have ended.
 */
final class PgTransactions {

  private PgTransactions() {
  }

  /**
   * Ends the database's idle sessions (pg_terminate_backend), so that what they held back is counted; the server's
   * pool opens new ones when it needs them (each new session counts one transaction).
   */
  static void endIdleSessions(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(BenchServer.PG, "root", "");
         PreparedStatement s = c.prepareStatement(
             "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND state = 'idle'")) {
      s.setString(1, database);
      s.executeQuery().close();
    }
  }

  static long in(String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(BenchServer.PG, "root", "");
         PreparedStatement s = c.prepareStatement(
             "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = ?")) {
      s.setString(1, database);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }
}
