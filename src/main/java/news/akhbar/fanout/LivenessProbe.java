package news.akhbar.fanout;

import io.vertx.core.Vertx;

/**
 * Asks a connection for a sign of life once a period, one question at a time, and says when it stops answering (a
 * question still open at the next period: silent) and when it answers again. A frozen server (stopped, swapping,
 * stuck in a slow command) keeps its sockets open and says nothing, which a subscriber cannot tell from a quiet
 * channel; only a question it does not answer can. One probe per connection; used on one context only.
 */
final class LivenessProbe {

  private final Vertx vertx;
  private final Runnable ask;
  private final Runnable onSilent;
  private final Runnable onAnswering;
  private final long timer;
  private boolean asking;
  private boolean silent;
  private boolean stopped;

  /**
   * Starts asking every periodMillis; whoever hears the answer calls {@link #answered}. The callbacks run on the
   * caller's context.
   */
  LivenessProbe(Vertx vertx, long periodMillis, Runnable ask, Runnable onSilent, Runnable onAnswering) {
    this.vertx = vertx;
    this.ask = ask;
    this.onSilent = onSilent;
    this.onAnswering = onAnswering;
    this.timer = vertx.setPeriodic(periodMillis, id -> tick());
  }

  /** The open question was answered. */
  void answered() {
    if (stopped || !asking) {
      return;
    }
    asking = false;
    if (silent) {
      silent = false;
      onAnswering.run();
    }
  }

  /** No more questions; a late answer to the last one tells nobody. */
  void stop() {
    stopped = true;
    vertx.cancelTimer(timer);
  }

  private void tick() {
    if (asking) {   // never a second question while one is open: a frozen server's queue stays one deep
      if (!silent) {
        silent = true;
        onSilent.run();
      }
      return;
    }
    asking = true;
    ask.run();
  }
}
