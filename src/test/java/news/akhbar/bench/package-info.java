/**
 * The benchmark (not a test; run with {@code mvn -Pbench}, see BENCH.md): starts Akhbar as its own process and, by
 * mode, holds N SSE readers and measures every delivery of M posted articles (fanout), compares the read paths with
 * nginx serving the same bytes (read), reconnects N readers at once behind K events (storm), or opens N streams at
 * once (connect).
 */
package news.akhbar.bench;
