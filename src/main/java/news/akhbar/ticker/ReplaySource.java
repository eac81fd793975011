package news.akhbar.ticker;

import io.vertx.core.Future;
import java.util.List;
import java.util.Set;
import news.akhbar.fanout.StreamEvent;

/**
 * What a resume needs from the store, as facts: the ticker applies the {@link ResumeRule} itself. Implemented over
 * the event log by the wiring; the ticker knows no SQL.
 */
public interface ReplaySource {

  /**
   * The log as a reader resuming after an id finds it.
   *
   * @param head the newest event id
   * @param resumePointMillis when the event resumed after (for 0: the first event) was committed, epoch ms;
   *     {@link ResumeRule#GONE} when it is not there
   */
  record ResumePoint(long head, long resumePointMillis) {}

  /** The head and the resume point's commit time, read together (one moment). */
  Future<ResumePoint> resumePoint(long after);

  /** At most limit events with ids in (after, upTo], in order, filtered by topics (null for all). */
  Future<List<StreamEvent>> page(long after, long upTo, Set<String> topics, int limit);
}
