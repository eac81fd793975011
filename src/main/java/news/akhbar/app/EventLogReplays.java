package news.akhbar.app;

import io.vertx.core.Future;
import java.util.List;
import java.util.Set;
import news.akhbar.article.EventLog;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.ticker.ReplaySource;
import news.akhbar.ticker.ResumeRule;

/** The event log as the ticker reads it when a resume reaches past the replay ring: facts, no rule applied. */
final class EventLogReplays implements ReplaySource {

  private final EventLog log;

  EventLogReplays(EventLog log) {
    this.log = log;
  }

  @Override
  public Future<ResumePoint> resumePoint(long after) {
    return log.resumePoint(after).map(point -> new ResumePoint(point.head(),
        point.committedAt() == null ? ResumeRule.GONE : point.committedAt().toEpochMilli()));
  }

  @Override
  public Future<List<StreamEvent>> page(long after, long upTo, Set<String> topics, int limit) {
    return log.page(after, upTo, topics, limit);
  }
}
