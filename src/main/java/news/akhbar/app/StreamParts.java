package news.akhbar.app;

import news.akhbar.config.AppConfig;
import news.akhbar.fanout.FanOut;
import news.akhbar.ticker.ConnectionLimiter;
import news.akhbar.ticker.LiveFrames;
import news.akhbar.ticker.ReplaySource;
import news.akhbar.ticker.ResumeRule;
import news.akhbar.ticker.Ticker;
import news.akhbar.ticker.TickerStats;
import news.akhbar.ticker.TopicAudience;
import news.akhbar.web.ClientAddress;

/**
 * What every HTTP verticle's ticker is built from, made once and shared: the store and the replay ring a reader
 * resumes from (and the rule that judges a resume), the fan-out live events come through, the per-address stream limit and the stream counters (the live pages' readers among them).
 */
record StreamParts(ReplaySource replays, ResumeRule resumeRule, LiveFrames frames, FanOut fanOut,
                   ConnectionLimiter limiter, TickerStats stats, TopicAudience audience) {

  /** The shortest retry: hint of a stream ended on shutdown; AKHBAR_RECONNECT_SPREAD_MILLIS spreads them above it. */
  private static final int GOODBYE_MILLIS = 500;

  /** A ticker of its own for the calling verticle (its hub lives on that verticle's event loop). */
  Ticker ticker(AppConfig cfg) {
    return new Ticker(replays, frames, resumeRule, limiter, stats, cfg.writeQueueBytes(),
        new ClientAddress(cfg.trustForwarded(), cfg.trustedHops()), GOODBYE_MILLIS, cfg.reconnectSpreadMillis(),
        audience);
  }
}
