package news.akhbar.app;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.EventLog;
import news.akhbar.editor.Newsroom;
import news.akhbar.fanout.FanOut;
import news.akhbar.latest.LatestNews;
import news.akhbar.metrics.Metrics;
import news.akhbar.ticker.ConnectionLimiter;
import news.akhbar.ticker.ReplayRing;
import news.akhbar.ticker.TickerStats;
import news.akhbar.web.ReadLimiter;

/**
 * The process-wide collaborators every HTTP verticle shares; {@code writes} is the writers' own pool, and the read
 * limiters count anonymous searches and reads memory cannot answer, per client address.
 */
record Services(Pool pool, Pool writes, ArticleStore store, EventLog events, FanOut fanOut, ReplayRing ring,
                LatestNews latest, ConnectionLimiter limiter, TickerStats tickerStats, Metrics metrics,
                Newsroom newsroom, ReadLimiter searches, ReadLimiter coldReads) {

  Future<?> ping() {
    return pool.query("SELECT 1").execute();
  }
}
