package news.akhbar.bench;

/**
 * The connect mode: N fresh readers (no Last-Event-ID) open the stream at once, at most C connects in flight; the
 * time from the first connect until every reader has its opening "ready", and the server's CPU per connect.
 */
final class ConnectBench implements BenchMode {

  @Override
  public BenchReport run(BenchOptions o, BenchServer server, Teardown teardown) throws Exception {
    Thread.sleep(1_000);
    SseReaders readers = new SseReaders(server.port, o.readers(), o.srcSpread(), o.connectConcurrency(),
        new Deliveries("connect", o.readers(), 0, 0));
    Thread readerThread = new Thread(readers, "bench-readers");
    teardown.add(() -> {
      readers.stop();
      readerThread.join(10_000);
      readers.close();
    });
    BenchServer.CpuTime cpuStart = server.cpu();
    long start = System.nanoTime();
    readerThread.start();
    long deadline = start + (60_000L + o.readers() * 5L) * 1_000_000L;
    while (readers.ready + readers.failed + readers.dropped < o.readers() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
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
        .put("server_log", server.log.toString());
    if (!readers.lastFailure.isEmpty()) {
      r.put("last_failure", readers.lastFailure);
    }
    return r;
  }
}
