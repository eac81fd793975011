/**
 * The fan-out benchmark (not a test; run with {@code mvn -Pbench}, see BENCH.md): starts Akhbar as its own process,
 * holds N SSE readers on raw sockets, posts M articles at a fixed rate and measures every delivery.
 */
package news.akhbar.bench;
