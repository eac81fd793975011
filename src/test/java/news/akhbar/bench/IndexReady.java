package news.akhbar.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** The Lucene design's own figures: when its index is ready (from the server's log), its size, its freshness. */
final class IndexReady {

  private static final String READY = "search index ready";
  private static final long TIMEOUT_MILLIS = 3_600_000;

  private IndexReady() {
  }

  /** Waits for the log line "search index ready"; reports the milliseconds since launch and the line's account. */
  static void await(BenchServer server, long launchedNanos, BenchReport report, String p)
      throws IOException, InterruptedException {
    long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < end) {
      try (Stream<String> lines = Files.lines(server.log)) {
        String line = lines.filter(l -> l.contains(READY) || l.contains("search index in")).findFirst().orElse(null);
        if (line != null) {
          report.put(p + "_index_ready_ms", (System.nanoTime() - launchedNanos) / 1_000_000)
              .put(p + "_index_ready_log", line.substring(line.indexOf("search index")));
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new IOException("the search index was not ready within " + TIMEOUT_MILLIS + " ms; see " + server.log);
  }

  static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Publishes an article with a word of its own and polls the search until it is found: milliseconds. */
  static long freshnessMillis(BenchServer server) throws IOException, InterruptedException {
    String word = "fresh" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    HttpClient client = HttpClient.newHttpClient();
    String json = new JsonObject().put("title", "خبر للقياس " + word).put("body", "<p>خبر للقياس " + word + "</p>")
        .encode();
    long t0 = System.nanoTime();
    HttpResponse<String> posted = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port + "/api/v1/articles"))
        .header("Authorization", "Bearer " + server.token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (posted.statusCode() != 201) {
      throw new IOException("POST for the freshness probe: " + posted.statusCode() + " " + posted.body());
    }
    while (System.nanoTime() - t0 < 10_000_000_000L) {
      JsonObject found = Fetch.json(server.port, "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
      if (!found.getJsonArray("items").isEmpty()) {
        return (System.nanoTime() - t0) / 1_000_000;
      }
      Thread.sleep(5);
    }
    return -1;
  }
}
