package news.akhbar.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The live mode: two Akhbar processes sharing a database and a Redis channel, N readers of one live coverage spread
 * over both, M entries POSTed at a fixed rate to the two in turn after K warm-up ones. Every delivery is measured from
 * just before its POST to the read that completed it; the audience count each instance reports is polled once a
 * second against the readers really connected.
 */
final class LiveBench implements BenchMode {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public BenchReport run(BenchOptions o, BenchServer first, Teardown teardown) throws Exception {
    BenchServer second = teardown.add(first.sibling(o));
    BenchServer[] servers = {first, second};
    int[] ports = {first.port, second.port};
    String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    String coverageId = startCoverage(first);
    Deliveries deliveries = new Deliveries(run, o.readers(), o.warmup(), o.messages());
    // --site-wide: the same entries read on the unfiltered stream, the ticker's own path, as the baseline
    String path = o.siteWide() ? "/api/v1/stream" : "/api/v1/stream?coverage=" + coverageId;
    SseReaders readers = new SseReaders(ports, path, o.readers(), o.srcSpread(),
        o.connectConcurrency(), deliveries);
    AudiencePoll poll = new AudiencePoll(ports, coverageId, first.token, () -> readers.ready - readers.dropped);
    Thread readerThread = new Thread(readers, "bench-readers");
    Thread pollThread = new Thread(poll, "bench-audience");
    long connectStart = System.nanoTime();
    readerThread.start();
    pollThread.start();
    readers.awaitOpenings();
    double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
    long allConnectedAt = readers.lastReadyAt;
    int connected = readers.ready;

    Publish publish = publish(o, servers, coverageId, deliveries);
    long expected = deliveries.expected(connected);
    long drainEnd = System.nanoTime() + o.drainSeconds() * 1_000_000_000L;
    while (deliveries.delivered < expected - (long) readers.dropped * o.messages() && System.nanoTime() < drainEnd) {
      Thread.sleep(2);
    }
    double windowSeconds = (System.nanoTime() - publish.startNanos) / 1e9;
    BenchServer.CpuTime serverCpu = first.cpu().plus(second.cpu()).minus(publish.cpuStart);
    long cpu = serverCpu.total();
    long selfCpu = BenchServer.selfCpu().minus(publish.selfStart).total();
    poll.stop();
    pollThread.interrupt();
    pollThread.join(10_000);
    readers.stop();
    readerThread.join(10_000);
    readers.close();

    long delivered = deliveries.delivered;
    long[] latencies = deliveries.latenciesMicros();
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    BenchReport r = new BenchReport()
        .put("label", "akhbar-live").put("instances", servers.length).put("readers", o.readers())
        .put("messages", o.messages()).put("warmup", o.warmup()).put("rate", o.rate()).put("jvm", o.jvm())
        .put("server_env", o.serverEnv().toString()).put("coverage_id", coverageId)
        .put("connected", connected).put("connect_failed", readers.failed)
        .put("connect_s", BenchReport.round1(connectSeconds)).put("post_failures", publish.failures)
        .put("expected", expected).put("delivered", delivered).put("lost", expected - delivered)
        .put("duplicates", deliveries.duplicates).put("out_of_order", deliveries.outOfOrder)
        .put("corrupt", deliveries.corrupt).put("dropped_conns", readers.dropped)
        .percentiles("lat_", latencies)
        .put("lat_p95_ms", BenchReport.ms(BenchReport.at(sorted, 0.95)))
        .put("server_cpu_pct", BenchReport.round1(cpu / 1e4 / windowSeconds))
        .put("server_us_per_delivery", BenchReport.round1(delivered == 0 ? -1 : (double) cpu / delivered))
        .put("server_sys_share", BenchReport.round1(cpu == 0 ? 0 : 100.0 * serverCpu.sys() / cpu))
        .put("client_us_per_delivery", BenchReport.round1(delivered == 0 ? -1 : (double) selfCpu / delivered))
        .put("audience_polls", poll.samples.size())
        .put("audience_max_error_pct", BenchReport.round1(poll.maxErrorPct()))
        .put("audience_exact_after_ms", poll.exactAfterMillis(allConnectedAt))
        .put("audience_error_after_exact_pct", BenchReport.round1(poll.errorAfterExactPct(allConnectedAt)))
        .put("server_log", first.log.toString()).put("server2_log", second.log.toString());
    if (!readers.lastFailure.isEmpty()) {
      r.put("last_failure", readers.lastFailure);
    }
    return r;
  }

  /** When the measured posts began, the CPU times then, and the posts that failed. */
  private record Publish(long startNanos, BenchServer.CpuTime cpuStart, BenchServer.CpuTime selfStart,
      int failures) {}

  /** Posts K warm-up then M measured entries at the rate, to the instances in turn; each body carries its token. */
  private static Publish publish(BenchOptions o, BenchServer[] servers, String coverageId, Deliveries deliveries)
      throws IOException, InterruptedException {
    ArticlePoster[] posters = new ArticlePoster[servers.length];
    for (int i = 0; i < servers.length; i++) {
      posters[i] = new ArticlePoster(servers[i].port, servers[i].token, "/api/v1/live/" + coverageId + "/entries");
    }
    int failures = 0;
    long t0 = System.nanoTime();
    BenchServer.CpuTime cpuStart = null;
    BenchServer.CpuTime selfStart = null;
    try {
      for (int seq = 0; seq < o.warmup() + o.messages(); seq++) {
        if (seq == o.warmup()) {
          t0 = System.nanoTime();
          cpuStart = servers[0].cpu().plus(servers[1].cpu());
          selfStart = BenchServer.selfCpu();
        }
        int k = seq < o.warmup() ? seq : seq - o.warmup();
        long wait = t0 + (long) (k * 1e9 / o.rate()) - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        failures += postEntry(posters[seq % posters.length], deliveries, seq) ? 0 : 1;
      }
    } finally {
      for (ArticlePoster poster : posters) {
        poster.close();
      }
    }
    return new Publish(t0, cpuStart, selfStart, failures);
  }

  private static boolean postEntry(ArticlePoster poster, Deliveries deliveries, int seq) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    String json = new JsonObject().put("body", "<p>" + deliveries.title(seq, micros) + "</p>").encode();
    try {
      return poster.send(json, () -> deliveries.sent[seq] = System.nanoTime()) == 201;
    } catch (IOException e) {
      System.err.println("entry " + seq + " failed: " + e.getMessage());
      return false;
    }
  }

  /** Publishes an article on the first instance and starts its live coverage; returns the coverage's id. */
  private static String startCoverage(BenchServer server) throws IOException, InterruptedException {
    JsonObject article = post(server, "/api/v1/articles", new JsonObject().put("title", Deliveries.HEADLINE)
        .put("excerpt", Deliveries.EXCERPT).put("topic", "bench"));
    return post(server, "/api/v1/articles/" + article.getString("id") + "/live", new JsonObject()).getString("id");
  }

  private static JsonObject post(BenchServer server, String target, JsonObject body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + target))
        .header("Authorization", "Bearer " + server.token).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body.encode())).build();
    HttpResponse<String> res = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 201) {
      throw new IOException("POST " + target + ": " + res.statusCode() + " " + res.body());
    }
    return new JsonObject(res.body());
  }
}
