package news.akhbar.article;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import news.akhbar.web.Problem;

/**
 * Tells "PostgreSQL is unreachable" apart from other failures, so callers answer 503 (retry shortly) instead of a
 * 500. The transaction either committed or rolled back: nothing is half-written either way.
 */
public final class StoreErrors {

  private StoreErrors() {
  }

  private static final Problem UNAVAILABLE =
      Problem.unavailable("the news store cannot be reached right now; nothing was written, retry shortly");

  static <T> Future<T> translate(Throwable err) {
    return Future.failedFuture(unavailable(err) ? UNAVAILABLE : err);
  }

  /** For the router's failure handler: the 503 problem when PostgreSQL is unreachable, else null. */
  public static Problem problemFor(Throwable err) {
    return unavailable(err) ? UNAVAILABLE : null;
  }

  static boolean unavailable(Throwable err) {
    for (Throwable t = err; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ClosedConnectionException || t instanceof ConnectException || t instanceof TimeoutException
          || t instanceof io.netty.channel.ConnectTimeoutException
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
