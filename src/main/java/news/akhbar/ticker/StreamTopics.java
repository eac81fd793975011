package news.akhbar.ticker;

import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topics a stream is narrowed to: {@code ?topics=a,b} (repeatable) and {@code ?coverage=<id>}, one live
 * coverage, whose events carry the topic {@code live:<id>}. A reader with neither gets every event.
 */
public final class StreamTopics {

  /** The query parameter naming a live coverage. */
  public static final String COVERAGE = "coverage";

  /** The topic family of live coverages: a coverage's events carry the topic live:<id>. */
  public static final String LIVE_PREFIX = "live:";

  private StreamTopics() {
  }

  /** The topic a live coverage's events carry: the one source of its spelling. */
  public static String coverage(long coverageId) {
    return LIVE_PREFIX + coverageId;
  }

  /** False when ?coverage= is there but not a plain non-negative decimal id (the router answers a 400). */
  static boolean readable(HttpServerRequest req) {
    String coverage = req.getParam(COVERAGE);
    return coverage == null || TickerRoutes.parseId(coverage) >= 0;
  }

  /** Null for every event; call only when {@link #readable}. */
  static Set<String> of(HttpServerRequest req) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String param : req.params().getAll("topics")) {
      for (String topic : param.split(",")) {
        if (!topic.isBlank()) {
          wanted.add(topic.strip());
        }
      }
    }
    for (String coverage : req.params().getAll(COVERAGE)) {
      wanted.add(coverage(Long.parseLong(coverage)));
    }
    return wanted.isEmpty() ? null : Set.copyOf(wanted);
  }
}
