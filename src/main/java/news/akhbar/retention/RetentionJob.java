package news.akhbar.retention;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import news.akhbar.retention.RetentionStore.Pruned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every instance, every AKHBAR_RETENTION_INTERVAL (the first pass a minute after start at most): removes
 * stream events older than the replay window and idempotency keys older than 24 hours, in bounded batches, and logs
 * what it removed. The store's advisory lock lets one instance at a time do it; the others skip that pass.
 */
public final class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
  private static final Duration FIRST_PASS_AT_MOST = Duration.ofMinutes(1);

  private final Vertx vertx;
  private final RetentionStore store;
  private final Duration replayWindow;
  private long timer = -1;
  private final AtomicBoolean running = new AtomicBoolean();

  public RetentionJob(Vertx vertx, RetentionStore store, Duration replayWindow) {
    this.vertx = vertx;
    this.store = store;
    this.replayWindow = replayWindow;
  }

  /** Starts the passes; a zero interval leaves retention off. */
  public void start(Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      log.info("retention is off (AKHBAR_RETENTION_INTERVAL=0): stream events and idempotency keys are kept");
      return;
    }
    long first = Math.max(1, Math.min(interval.toMillis(), FIRST_PASS_AT_MOST.toMillis()));
    timer = vertx.setTimer(first, t -> {
      timer = vertx.setPeriodic(interval.toMillis(), p -> runOnce());
      runOnce();
    });
  }

  public void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  /** One pass now; empty when another pass (here or on another instance) is under way. */
  public Future<Optional<Pruned>> runOnce() {
    if (!running.compareAndSet(false, true)) {
      return Future.succeededFuture(Optional.empty());
    }
    long start = System.nanoTime();
    return store.prune(replayWindow)
        .onSuccess(pruned -> pruned.ifPresentOrElse(p -> report(p, start),
            () -> log.debug("retention skipped: another instance holds the lock")))
        .onFailure(err -> log.warn("retention pass failed, next pass in one interval: {}", err.toString()))
        .onComplete(ar -> running.set(false));
  }

  private void report(Pruned p, long start) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (p.events() == 0 && p.idempotencyKeys() == 0) {
      log.debug("retention: nothing to remove ({} ms)", millis);
      return;
    }
    log.info("retention: removed {} stream events older than {} (ids up to {}) and {} idempotency keys older than "
        + "24 h, in {} statements, {} ms", p.events(), replayWindow, p.upToEventId(), p.idempotencyKeys(),
        p.statements(), millis);
  }
}
