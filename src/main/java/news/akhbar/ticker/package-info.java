/**
 * The SSE stream readers hold open: per event loop a hub of readers fed by the fan-out, replay from the event log
 * on resume, spec-true framing, bounded write queues. Knows nothing of Redis or SQL.
 */
package news.akhbar.ticker;
