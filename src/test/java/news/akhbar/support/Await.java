package news.akhbar.support;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Blocks a test thread on a future, with a bound, turning the timeout into an assertion-style failure. */
public final class Await {

  private Await() {
  }

  public static <T> T of(Future<T> future) {
    return of(future, 10);
  }

  public static <T> T of(Future<T> future, int seconds) {
    try {
      return future.await(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no answer within " + seconds + " s", e);
    }
  }
}
