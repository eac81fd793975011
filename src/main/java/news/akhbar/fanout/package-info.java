/**
 * Fan-out between instances: a leaf that knows {@link news.akhbar.fanout.StreamEvent} events and nothing of articles,
 * SQL or SSE. Redis pub/sub (at most once) carries them, sealed so that only the deployment's instances can speak
 * on it; {@link news.akhbar.fanout.SequencedFanOut} fills every gap from the store, and steps over a hole the store
 * will never fill, so subscribers see each event once, in order.
 */
package news.akhbar.fanout;
