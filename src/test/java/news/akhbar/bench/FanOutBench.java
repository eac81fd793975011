package news.akhbar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fan-out mode: Akhbar in its own JVM, N readers, M articles posted at a fixed rate after K warm-up ones; every
 * delivery measured from just before its POST to the read that completed it at the reader.
 */
final class FanOutBench implements BenchMode {

  @Override
  public BenchReport run(BenchOptions o, BenchServer server, Teardown teardown) throws Exception {
    String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    Thread.sleep(1_000);
    long heapBefore = o.heap() ? server.heapAfterGcKb() : -1;
    long rssBefore = server.rssKb();
    Deliveries deliveries = new Deliveries(run, o.readers(), o.warmup(), o.messages());
    SseReaders readers = new SseReaders(server.port, o.readers(), o.srcSpread(), o.connectConcurrency(), deliveries);
    Thread readerThread = new Thread(readers, "bench-readers");
    long connectStart = System.nanoTime();
    readerThread.start();
    readers.awaitOpenings();
    double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
    int connected = readers.ready;
    Thread.sleep(2_000);
    long rssConnected = server.rssKb();
    long heapConnected = o.heap() ? server.heapAfterGcKb() : -1;
    if (o.histogram() != null) {
      Files.writeString(Path.of(o.histogram()), server.histogram(), StandardCharsets.UTF_8);
    }

    int postFailures = 0;
    BenchServer.CpuTime cpuStart = null;
    BenchServer.CpuTime selfStart = null;
    long publishStart = 0;
    try (ArticlePoster poster = new ArticlePoster(server.port, server.token)) {
      long t0 = System.nanoTime();
      for (int seq = 0; seq < o.warmup() + o.messages(); seq++) {
        if (seq == o.warmup()) {
          t0 = System.nanoTime();
          cpuStart = server.cpu();
          selfStart = BenchServer.selfCpu();
          publishStart = t0;
        }
        int k = seq < o.warmup() ? seq : seq - o.warmup();
        long due = t0 + (long) (k * 1e9 / o.rate());
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        try {
          if (poster.post(deliveries, seq) != 201) {
            postFailures++;
          }
        } catch (IOException e) {
          postFailures++;
          System.err.println("post " + seq + " failed: " + e.getMessage());
        }
      }
    }
    long expected = deliveries.expected(connected);
    long drainEnd = System.nanoTime() + o.drainSeconds() * 1_000_000_000L;
    while (deliveries.delivered < expected - (long) readers.dropped * o.messages() && System.nanoTime() < drainEnd) {
      Thread.sleep(2);
    }
    double windowSeconds = (System.nanoTime() - publishStart) / 1e9;
    BenchServer.CpuTime serverCpu = server.cpu().minus(cpuStart);
    long cpu = serverCpu.total();
    long selfCpu = BenchServer.selfCpu().minus(selfStart).total();
    long rssAfterRun = server.rssKb();
    readers.stop();
    readerThread.join(10_000);
    readers.close();

    long delivered = deliveries.delivered;
    long[] fanOut = deliveries.fanOutMicros();
    Arrays.sort(fanOut);
    BenchReport r = new BenchReport()
        .put("label", "akhbar").put("readers", o.readers()).put("messages", o.messages())
        .put("warmup", o.warmup()).put("rate", o.rate()).put("jvm", o.jvm()).put("server_env", o.serverEnv().toString())
        .put("connected", connected).put("connect_failed", readers.failed).put("connect_s", BenchReport.round1(connectSeconds))
        .put("post_failures", postFailures)
        .put("expected", expected).put("delivered", delivered).put("lost", expected - delivered)
        .put("duplicates", deliveries.duplicates).put("out_of_order", deliveries.outOfOrder)
        .put("corrupt", deliveries.corrupt).put("dropped_conns", readers.dropped)
        .percentiles("lat_", deliveries.latenciesMicros())
        .put("fanout_median_ms", BenchReport.ms(fanOut[fanOut.length / 2]))
        .put("fanout_max_ms", BenchReport.ms(fanOut[fanOut.length - 1]))
        .put("server_cpu_pct", BenchReport.round1(cpu / 1e4 / windowSeconds))
        .put("server_us_per_delivery", BenchReport.round1(delivered == 0 ? -1 : (double) cpu / delivered))
        .put("server_sys_share", BenchReport.round1(cpu == 0 ? 0 : 100.0 * serverCpu.sys() / cpu))
        .put("client_us_per_delivery", BenchReport.round1(delivered == 0 ? -1 : (double) selfCpu / delivered))
        .put("rss_before_kb", rssBefore).put("rss_connected_kb", rssConnected).put("rss_after_run_kb", rssAfterRun)
        .put("rss_per_conn_bytes", connected == 0 ? -1 : (rssConnected - rssBefore) * 1024 / connected)
        .put("heap_before_kb", heapBefore).put("heap_connected_kb", heapConnected)
        .put("heap_per_conn_bytes", heapBefore < 0 || connected == 0 ? -1 : (heapConnected - heapBefore) * 1024 / connected)
        .put("server_log", server.log.toString());
    if (!readers.lastFailure.isEmpty()) {
      r.put("last_failure", readers.lastFailure);
    }
    return r;
  }
}
