package news.akhbar.app;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import news.akhbar.article.ArticleStore;
import news.akhbar.editor.NewsroomRoutes;
import news.akhbar.fanout.FanOut;
import news.akhbar.latest.LatestNews;
import news.akhbar.metrics.Metrics;
import news.akhbar.ticker.ConnectionLimiter;
import news.akhbar.ticker.LiveFrames;
import news.akhbar.ticker.ReplaySource;
import news.akhbar.ticker.ResumeRule;
import news.akhbar.ticker.TickerStats;
import news.akhbar.latest.ReadGate;
import news.akhbar.web.ReadLimiter;

/**
 * The process-wide collaborators every HTTP verticle shares; {@code writes} is the writers' own pool; {@code searches}
 * limits anonymous searches per client address and {@code reads} the reads memory cannot answer.
 */
record Services(Pool pool, Pool writes, ArticleStore store, ReplaySource replays, ResumeRule resumeRule,
                FanOut fanOut, LiveFrames frames, LatestNews latest, ConnectionLimiter limiter,
                TickerStats tickerStats, Metrics metrics, NewsroomRoutes newsroom, ReadLimiter searches,
                ReadGate reads) {

  Future<?> ping() {
    return pool.query("SELECT 1").execute();
  }
}
