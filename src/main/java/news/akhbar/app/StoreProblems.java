package news.akhbar.app;

import news.akhbar.article.StoreErrors;
import news.akhbar.web.Problem;

/** The web edge's answer to a store failure a reader may retry: 503, saying nothing was written. */
final class StoreProblems {

  private static final Problem UNREACHABLE =
      Problem.unavailable("the news store cannot be reached right now; nothing was written, retry shortly");

  private static final Problem BUSY =
      Problem.unavailable("the news store is busy right now (a lock or a query took too long); nothing was written, "
          + "retry shortly");

  private StoreProblems() {
  }

  /** For the router's failure handler: the 503 problem when PostgreSQL is unreachable or busy, else null. */
  static Problem problemFor(Throwable err) {
    var kind = StoreErrors.kindOf(err);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case UNREACHABLE -> UNREACHABLE;
      case BUSY -> BUSY;
    };
  }
}
