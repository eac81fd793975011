/**
 * The SSE stream readers hold open: per event loop a hub of readers fed by the fan-out; {@link
 * news.akhbar.ticker.LiveFrames} encodes each event once ({@link news.akhbar.ticker.FrameEncoder} is the only code
 * that writes SSE syntax) and keeps it in the {@link news.akhbar.ticker.ReplayRing}; a resume is judged by the
 * {@link news.akhbar.ticker.ResumeRule} and served from the ring or, further back, through the
 * {@link news.akhbar.ticker.ReplaySource} interface; bounded write queues; the {@link
 * news.akhbar.ticker.TopicAudience} counts the streams narrowed to one live topic and sends them notices (frames
 * with no id). Knows nothing of Redis, SQL or articles.
 */
package news.akhbar.ticker;
