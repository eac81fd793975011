package news.akhbar.bench;

import io.vertx.core.json.JsonObject;

/**
 * The storm mode: N readers reconnect at once, all resuming from the same Last-Event-ID, K marked events behind.
 * Measures each reader's time until it holds all K, the server's CPU per resume and PostgreSQL's transactions.
 */
final class StormBench implements BenchMode {

  /** PostgreSQL publishes a busy backend's transaction counts about once a second; wait that long before reading. */
  private static final long STATS_MILLIS = 1_200;

  @Override
  public BenchReport run(BenchOptions o, BenchServer server, Teardown teardown) throws Exception {
    long last = seedMarks(server, o.events());
    if (o.warmReaders() > 0) {   // a long-running server is warm: the same storm once, unmeasured
      storm(o, server, teardown, o.warmReaders(), last, new StormMarks(o.warmReaders(), o.events()));
    }
    PgTransactions.endIdleSessions(server.database);   // else the seeding's last second is counted in the storm
    Thread.sleep(1_500);
    long xactsBefore = PgTransactions.in(server.database);
    long countFrom = System.nanoTime();
    StormMarks marks = new StormMarks(o.readers(), o.events());
    BenchServer.CpuTime cpuStart = server.cpu();
    StormReaders readers = storm(o, server, teardown, o.readers(), last, marks);
    BenchServer.CpuTime cpu = server.cpu().minus(cpuStart);
    Thread.sleep(STATS_MILLIS);
    long xactsSeen = PgTransactions.in(server.database) - xactsBefore;
    server.stop();   // every session ends and publishes what it held back
    long xacts = PgTransactions.in(server.database) - xactsBefore;
    double countSeconds = (System.nanoTime() - countFrom) / 1e9;

    int complete = readers.complete;
    return new BenchReport()
        .put("mode", "storm").put("readers", o.readers()).put("events", o.events())
        .put("connect_concurrency", o.connectConcurrency()).put("src_spread", o.srcSpread())
        .put("jvm", o.jvm()).put("server_env", o.serverEnv().toString()).put("last_event_id", last)
        .put("complete", complete).put("failed", o.readers() - complete).put("failures", readers.failures.toString())
        .put("duplicates", marks.duplicates).put("corrupt", marks.corrupt)
        .percentiles("complete_", marks.completionMicros(readers.firstConnect))
        .put("wall_ms", BenchReport.ms((readers.lastFinish - readers.firstConnect) / 1_000))
        .put("server_cpu_ms", cpu.total() / 1_000)
        .put("server_us_per_resume", BenchReport.round1(complete == 0 ? -1 : (double) cpu.total() / complete))
        .put("server_sys_share", BenchReport.round1(cpu.total() == 0 ? 0 : 100.0 * cpu.sys() / cpu.total()))
        .put("pg_xacts", xacts)
        .put("pg_xacts_per_resume", complete == 0 ? -1 : Math.round(100.0 * xacts / complete) / 100.0)
        .put("pg_xacts_seen_after_1s", xactsSeen).put("pg_count_s", BenchReport.round1(countSeconds))
        .put("warm_readers", o.warmReaders()).put("server_log", server.log.toString());
  }

  /** Posts the k marked events the readers wait for; returns the event id from before them (the readers' resume). */
  static long seedMarks(BenchServer server, int k) throws Exception {
    long last = Long.parseLong(String.valueOf(
        Fetch.json(server.port, "/api/v1/articles?limit=1").getValue("lastEventId", "0")));
    try (ArticlePoster poster = new ArticlePoster(server.port, server.token)) {
      poster.seed(k, i -> new JsonObject().put("title", StormMarks.title(i))
          .put("excerpt", "اختبار إعادة الاتصال").put("topic", "bench").encode());
    }
    return last;
  }

  /** Runs one storm of n readers to its end. */
  static StormReaders storm(BenchOptions o, BenchServer server, Teardown teardown, int n, long last,
      StormMarks marks) throws InterruptedException, java.io.IOException {
    StormReaders readers = new StormReaders(server.port, n, o.srcSpread(), o.connectConcurrency(), last,
        o.readerTimeout(), marks);
    Thread readerThread = new Thread(readers, "bench-storm");
    teardown.add(() -> {
      readers.stop();
      readerThread.join(10_000);
      readers.close();
    });
    readerThread.start();
    readerThread.join();
    return readers;
  }
}
