package news.akhbar.editor;

import io.vertx.core.Vertx;
import news.akhbar.article.Committed;
import news.akhbar.article.ScheduledStore;
import news.akhbar.fanout.FanOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every instance: every few hundred milliseconds, publishes the scheduled items that are due (the store
 * makes that exactly once across instances) and fans out their events after the commit.
 */
public final class ScheduledPublisher {

  private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
  private static final int BATCH = 50;

  private final Vertx vertx;
  private final ScheduledStore scheduled;
  private final FanOut fanOut;
  private long timer = -1;
  private boolean running;
  private boolean failing;

  public ScheduledPublisher(Vertx vertx, ScheduledStore scheduled, FanOut fanOut) {
    this.vertx = vertx;
    this.scheduled = scheduled;
    this.fanOut = fanOut;
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
    if (running) {
      return;
    }
    running = true;
    scheduled.publishDue(BATCH)
        .onSuccess(done -> {
          for (Committed c : done) {
            log.info("published scheduled article {} as event {}", c.article().id(), c.event().id());
            fanOut.publish(c.event());
          }
        })
        .onComplete(ar -> {
          running = false;
          if (ar.failed() && !failing) {
            log.warn("scheduled publishing failed, retrying quietly every tick: {}", ar.cause().toString());
          } else if (ar.succeeded() && failing) {
            log.info("scheduled publishing works again");
          }
          failing = ar.failed();
        });
  }
}
