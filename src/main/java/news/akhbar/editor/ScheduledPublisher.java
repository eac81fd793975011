package news.akhbar.editor;

import io.vertx.core.Vertx;
import java.time.Instant;
import news.akhbar.article.Committed;
import news.akhbar.fanout.FanOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every instance: publishes the scheduled items that are due (the store makes that exactly once across
 * instances) and fans out their events after the commit. It knows when the next item is due (from its last run and
 * from every item scheduled here), so between those moments a tick costs nothing; items scheduled on another
 * instance are looked for every LOOK_MILLIS, should that instance be gone when they fall due. A row stored with an
 * absurd time (beyond the embargo limit, even 'infinity') just waits: it is logged once and never overflows a tick.
 */
public final class ScheduledPublisher {

  private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
  private static final int BATCH = 50;
  static final long LOOK_MILLIS = 30_000;
  private static final Instant LAST_MILLI = Instant.ofEpochMilli(Long.MAX_VALUE);

  private final Vertx vertx;
  private final ScheduledStore scheduled;
  private final FanOut fanOut;
  private long timer = -1;
  private boolean running;
  private boolean failing;
  private final java.util.concurrent.atomic.AtomicLong nextDueMillis = new java.util.concurrent.atomic.AtomicLong();
  private long lookedAt;
  private Instant warnedAbout;

  public ScheduledPublisher(Vertx vertx, ScheduledStore scheduled, FanOut fanOut) {
    this.vertx = vertx;
    this.scheduled = scheduled;
    this.fanOut = fanOut;
    scheduled.onScheduled(at -> nextDueMillis.accumulateAndGet(millis(at), Math::min));
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
          warnIfAbsurd(due.next(), now);
          long next = due.published().size() == BATCH ? now : due.next() == null ? Long.MAX_VALUE
              : millis(due.next());
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

  /** Epoch millis, saturated: a time past what a long holds (stored before publishAt was bounded) is "never". */
  static long millis(Instant at) {
    return at.isAfter(LAST_MILLI) ? Long.MAX_VALUE : at.isBefore(Instant.EPOCH) ? 0 : at.toEpochMilli();
  }

  private void warnIfAbsurd(Instant next, long now) {
    if (next != null && next.isAfter(Instant.ofEpochMilli(now).plus(ArticleRequest.EMBARGO_MAX).plusSeconds(86_400))
        && !next.equals(warnedAbout)) {
      warnedAbout = next;
      log.warn("a scheduled article waits until {}, beyond the {}-day embargo limit: cancel it or leave it waiting",
          next, ArticleRequest.EMBARGO_MAX.toDays());
    }
  }
}
