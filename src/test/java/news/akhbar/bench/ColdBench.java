package news.akhbar.bench;

import java.util.Arrays;

/**
 * The cold mode, a rolling restart: the readers of a stopped instance reconnect to one started moments before. The
 * bench's first server seeds K marked events and is stopped; a fresh instance of the same deployment (database,
 * Redis channel, token) starts, and the moment it answers /health/live, N readers arrive at once with the
 * Last-Event-ID from before the K. Then the same wave hits the same instance again, now warm: once unmeasured, then
 * --reps times measured. Prints the cold wave's server CPU against the warm waves' median, and what was lost.
 */
final class ColdBench implements BenchMode {

  @Override
  public BenchReport run(BenchOptions o, BenchServer first, Teardown teardown) throws Exception {
    long last = StormBench.seedMarks(first, o.events());
    first.stop();   // the old instance goes; its database stays for the new one (dropped at teardown)
    long launched = System.nanoTime();
    BenchServer fresh = teardown.add(first.sibling(o));
    if (o.warmReaders() > 0) {   // what a warm-up inside the server would do: a small wave first, unmeasured
      StormBench.storm(o, fresh, teardown, o.warmReaders(), last, new StormMarks(o.warmReaders(), o.events()));
    }
    long waveAfterLaunchMs = (System.nanoTime() - launched) / 1_000_000;

    StormMarks coldMarks = new StormMarks(o.readers(), o.events());
    BenchServer.CpuTime before = fresh.cpu();
    StormReaders cold = StormBench.storm(o, fresh, teardown, o.readers(), last, coldMarks);
    long coldCpu = fresh.cpu().minus(before).total();
    long coldWallMs = (cold.lastFinish - cold.firstConnect) / 1_000_000;

    StormBench.storm(o, fresh, teardown, o.readers(), last, new StormMarks(o.readers(), o.events()));   // warm-up
    long[] warmCpu = new long[o.reps()];
    long[] warmWallMs = new long[o.reps()];
    long warmLost = 0;
    long warmDuplicates = 0;
    for (int r = 0; r < o.reps(); r++) {
      StormMarks marks = new StormMarks(o.readers(), o.events());
      BenchServer.CpuTime start = fresh.cpu();
      StormReaders warm = StormBench.storm(o, fresh, teardown, o.readers(), last, marks);
      warmCpu[r] = fresh.cpu().minus(start).total();
      warmWallMs[r] = (warm.lastFinish - warm.firstConnect) / 1_000_000;
      warmLost += o.readers() - warm.complete;
      warmDuplicates += marks.duplicates;
    }
    long warmMedian = Math.round(BenchReport.median(Arrays.stream(warmCpu).asDoubleStream().toArray()));
    return new BenchReport()
        .put("mode", "cold").put("readers", o.readers()).put("events", o.events())
        .put("connect_concurrency", o.connectConcurrency()).put("src_spread", o.srcSpread())
        .put("jvm", o.jvm()).put("server_env", o.serverEnv().toString()).put("last_event_id", last)
        .put("startup_ms", fresh.startupMillis).put("prewarm_readers", o.warmReaders()).put("wave_after_launch_ms", waveAfterLaunchMs)
        .put("cold_complete", cold.complete).put("cold_failed", o.readers() - cold.complete)
        .put("cold_failures", cold.failures.toString()).put("cold_duplicates", coldMarks.duplicates)
        .put("cold_corrupt", coldMarks.corrupt)
        .percentiles("cold_complete_", coldMarks.completionMicros(cold.firstConnect))
        .put("cold_wall_ms", coldWallMs).put("cold_cpu_ms", coldCpu / 1_000)
        .put("cold_us_per_resume", BenchReport.round1((double) coldCpu / Math.max(1, cold.complete)))
        .put("warm_reps", o.reps()).put("warm_cpu_ms", Arrays.toString(Arrays.stream(warmCpu).map(c -> c / 1_000)
            .toArray())).put("warm_wall_ms", Arrays.toString(warmWallMs))
        .put("warm_cpu_ms_median", warmMedian / 1_000)
        .put("warm_failed", warmLost).put("warm_duplicates", warmDuplicates)
        .put("cold_over_warm_cpu", BenchReport.round1(warmMedian == 0 ? -1 : (double) coldCpu / warmMedian))
        .put("server_log", fresh.log.toString());
  }
}
