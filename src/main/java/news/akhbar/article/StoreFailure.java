package news.akhbar.article;

/**
 * The store failures a caller may retry shortly. Either way the transaction committed or rolled back: nothing is
 * half-written.
 */
public enum StoreFailure {
  /** PostgreSQL cannot be reached (refused, reset, timed out, shutting down). */
  UNREACHABLE,
  /** A lock or a statement outlasted the session's lock_timeout or statement_timeout, or the pool had no connection. */
  BUSY
}
