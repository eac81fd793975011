package news.akhbar.bench;

/**
 * The connect mode: N fresh readers (no Last-Event-ID) open the stream at once, at most C connects in flight; the
 * time from the first connect until every reader has its opening "ready", and the server's CPU per connect.
 */
final class ConnectBench implements BenchMode {

  @Override
  public BenchReport run(BenchOptions o, BenchServer server, Teardown teardown) throws Exception {
    if (o.warmReaders() > 0) {   // a long-running server is warm: readers connected and closed once, unmeasured
      SseReaders warm = connect(o, server, teardown, o.warmReaders());
      warm.stop();
      warm.close();
    }
    Thread.sleep(1_000);
    BenchServer.CpuTime cpuStart = server.cpu();
    long start = System.nanoTime();
    SseReaders readers = connect(o, server, teardown, o.readers());
    BenchServer.CpuTime cpu = server.cpu().minus(cpuStart);
    int connected = readers.ready;
    boolean allIn = readers.ready + readers.failed + readers.dropped == o.readers();
    double seconds = ((allIn ? readers.lastReadyAt : System.nanoTime()) - start) / 1e9;
    BenchReport r = new BenchReport()
        .put("mode", "connect").put("readers", o.readers()).put("connect_concurrency", o.connectConcurrency())
        .put("src_spread", o.srcSpread()).put("jvm", o.jvm()).put("server_env", o.serverEnv().toString())
        .put("connected", connected).put("connect_failed", readers.failed).put("dropped_conns", readers.dropped)
        .put("timed_out", o.readers() - connected - readers.failed - readers.dropped)
        .put("connect_s", Math.round(seconds * 1000) / 1000.0)
        .put("connects_per_s", BenchReport.round1(connected / Math.max(seconds, 1e-9)))
        .put("server_cpu_ms", cpu.total() / 1000)
        .put("server_us_per_connect", BenchReport.round1(connected == 0 ? -1 : (double) cpu.total() / connected))
        .put("server_sys_share", BenchReport.round1(cpu.total() == 0 ? 0 : 100.0 * cpu.sys() / cpu.total()))
        .put("warm_readers", o.warmReaders()).put("server_log", server.log.toString());
    if (!readers.lastFailure.isEmpty()) {
      r.put("last_failure", readers.lastFailure);
    }
    return r;
  }

  /** Opens n readers and waits until each has its opening, failed, or the time is up. */
  private static SseReaders connect(BenchOptions o, BenchServer server, Teardown teardown, int n)
      throws InterruptedException, java.io.IOException {
    SseReaders readers = new SseReaders(server.port, n, o.srcSpread(), o.connectConcurrency(),
        new Deliveries("connect", n, 0, 0));
    Thread readerThread = new Thread(readers, "bench-readers");
    teardown.add(() -> {
      readers.stop();
      readerThread.join(10_000);
      readers.close();
    });
    long deadline = System.nanoTime() + (60_000L + n * 5L) * 1_000_000L;
    readerThread.start();
    while (readers.ready + readers.failed + readers.dropped < n && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return readers;
  }
}
