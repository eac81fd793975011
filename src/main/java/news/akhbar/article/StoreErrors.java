package news.akhbar.article;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Tells "PostgreSQL is unreachable" and "PostgreSQL is busy" (a lock or a statement took longer than the session's
 * lock_timeout or statement_timeout) apart from other failures, so the web edge answers 503 (retry shortly) instead of
 * a 500. The transaction either committed or rolled back: nothing is half-written either way.
 */
public final class StoreErrors {

  private StoreErrors() {
  }

  /** lock_not_available (lock_timeout) and query_canceled (statement_timeout). */
  private static final java.util.Set<String> BUSY_STATES = java.util.Set.of("55P03", "57014");

  /** What kind of store failure this is: unreachable, busy, or null for any other failure. */
  public static StoreFailure kindOf(Throwable err) {
    return unavailable(err) ? StoreFailure.UNREACHABLE : busy(err) ? StoreFailure.BUSY : null;
  }

  /**
   * PostgreSQL gave up on a lock or a statement, or every pooled connection stayed taken while the request waited
   * for one (the pool's own timeout, or its wait queue full).
   */
  static boolean busy(Throwable err) {
    for (Throwable t = err; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PgException pg && BUSY_STATES.contains(pg.getSqlState())
          || t instanceof ConnectionPoolTooBusyException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && (message.equals("Timeout") || message.startsWith("Timeout waiting for connection"))) {
        return true;
      }
    }
    return false;
  }

  static boolean unavailable(Throwable err) {
    for (Throwable t = err; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ClosedConnectionException || t instanceof ConnectException || t instanceof TimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
      if (t instanceof PgException pg && pg.getSqlState() != null
          && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
        return true;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Connection refused") || message.contains("Connection reset")
          || message.contains("connection closed") || message.contains("Connection closed")) {
        return true;
      }
    }
    return false;
  }
}
