package news.akhbar.fanout;

/**
 * Tells a hole in the event ids (a row deleted, or lost in a restore or a failover) from a gap still filling: the
 * same id missing, with later events in the store, in reads at least {@link #WAIT_MS} apart. Ids are handed out
 * under a row lock in commit order, so once a later event is committed the missing one will never come; the wait is
 * a margin, not a guess. Used on the fan-out's context only.
 */
final class Holes {

  static final long WAIT_MS = 2_000;

  private long missing = -1;
  private long seenAt;

  /** A read found this id missing and later events present; true once that makes it certainly a hole. */
  boolean certain(long id, long nowMillis) {
    if (missing != id) {
      missing = id;
      seenAt = nowMillis;
      return false;
    }
    if (nowMillis - seenAt < WAIT_MS) {
      return false;
    }
    missing = -1;
    return true;
  }

  /** True while this id is suspected of being a hole: the store should be read again soon. */
  boolean suspects(long id) {
    return missing == id;
  }
}
