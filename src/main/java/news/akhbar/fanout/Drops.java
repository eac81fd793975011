package news.akhbar.fanout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the fan-out drops unread: counted, and logged at most once a minute, so a flood of forgeries cannot
 * flood the log. Used on the fan-out's context only.
 */
final class Drops {

  private static final Logger log = LoggerFactory.getLogger(Drops.class);
  private static final long LOG_EVERY_MS = 60_000;

  private final FanOutStats stats;
  private long lastLog = -LOG_EVERY_MS;

  Drops(FanOutStats stats) {
    this.stats = stats;
  }

  /** A message not sealed with this deployment's key. */
  void unauthenticated() {
    stats.unauthenticated.increment();
    log("a message on the channel is not sealed with this deployment's key (a forgery, or an instance with "
        + "another AKHBAR_FANOUT_SECRET); dropped, the store is read instead");
  }

  /** A message whose event name no stream can carry. */
  void invalid(long id) {
    stats.invalid.increment();
    log("event " + id + " has an event name a stream cannot carry; dropped");
  }

  private void log(String what) {
    long now = System.currentTimeMillis();
    if (now - lastLog >= LOG_EVERY_MS) {
      lastLog = now;
      log.warn("{} ({} unauthenticated and {} invalid so far; logged at most once a minute)", what,
          stats.unauthenticated(), stats.invalid());
    }
  }
}
