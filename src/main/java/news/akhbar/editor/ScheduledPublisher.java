package news.akhbar.editor;

import io.vertx.core.Vertx;
import news.akhbar.article.Committed;
import news.akhbar.fanout.FanOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every instance: publishes the scheduled items that are due (the store makes that exactly once across
 * instances) and fans out their events after the commit. It knows when the next item is due (from its last run and
 * from every item scheduled here), so between those moments a tick costs nothing; items scheduled on another
 * instance are looked for every LOOK_MILLIS, should that instance be gone when they fall due.
 */
public final class ScheduledPublisher {

  private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
  private static final int BATCH = 50;
  static final long LOOK_MILLIS = 30_000;

  private final Vertx vertx;
  private final ScheduledStore scheduled;
  private final FanOut fanOut;
  private long timer = -1;
  private boolean running;
  private boolean failing;
  private final java.util.concurrent.atomic.AtomicLong nextDueMillis = new java.util.concurrent.atomic.AtomicLong();
  private long lookedAt;

  public ScheduledPublisher(Vertx vertx, ScheduledStore scheduled, FanOut fanOut) {
    this.vertx = vertx;
    this.scheduled = scheduled;
    this.fanOut = fanOut;
    scheduled.onScheduled(at -> nextDueMillis.accumulateAndGet(at.toEpochMilli(), Math::min));
  }

  public void start(long periodMillis) {
    timer = vertx.setPeriodic(periodMillis, t -> tick());
  }

  public void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  private void tick() {
    long now = System.currentTimeMillis();
    if (running || (now < nextDueMillis.get() && now - lookedAt < LOOK_MILLIS)) {
      return;
    }
    running = true;
    lookedAt = now;
    nextDueMillis.set(Long.MAX_VALUE);   // what is scheduled here during the run lowers it again
    scheduled.publishDue(BATCH)
        .onSuccess(due -> {
          for (Committed c : due.published()) {
            log.info("published scheduled article {} as event {}", c.article().id(), c.event().id());
            fanOut.publish(c.event());
          }
          long next = due.published().size() == BATCH ? now : due.next() == null ? Long.MAX_VALUE
              : due.next().toEpochMilli();
          nextDueMillis.accumulateAndGet(next, Math::min);
        })
        .onComplete(ar -> {
          running = false;
          if (ar.failed()) {
            nextDueMillis.set(0);
          }
          if (ar.failed() && !failing) {
            log.warn("scheduled publishing failed, retrying quietly every tick: {}", ar.cause().toString());
          } else if (ar.succeeded() && failing) {
            log.info("scheduled publishing works again");
          }
          failing = ar.failed();
        });
  }
}
