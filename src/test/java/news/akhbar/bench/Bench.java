package news.akhbar.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The benchmark's entry point (mvn -Pbench; usage in BENCH.md): takes the mode from the first word, starts Akhbar in
 * its own JVM, runs the mode, then prints its figures and, last, one JSON line. Bounded: a watchdog ends the run
 * after --max-time, and everything the run set up goes even when it fails.
 */
public final class Bench {

  private static final Map<String, BenchMode> MODES = Map.of(
      "fanout", new FanOutBench(),
      "read", new ReadBench(),
      "storm", new StormBench(),
      "cold", new ColdBench(),
      "connect", new ConnectBench(),
      "live", new LiveBench(),
      "scale", new ScaleBench());

  private Bench() {
  }

  public static void main(String[] args) throws Exception {
    BenchOptions o;
    try {
      o = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Teardown teardown = new Teardown();
    Thread cleanup = new Thread(teardown::close, "bench-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(o.maxSeconds() * 1000L);
        System.err.println("hard timeout after " + o.maxSeconds() + " s: stopping");
        System.exit(3);
      } catch (InterruptedException done) {
        // finished in time
      }
    }, "bench-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    BenchReport report;
    try {
      // scale loads its archive first, then starts Akhbar on it itself
      BenchServer server = o.mode().equals("scale") ? null : teardown.add(BenchServer.start(o));
      report = MODES.get(o.mode()).run(o, server, teardown);
    } finally {
      teardown.close();
    }
    Runtime.getRuntime().removeShutdownHook(cleanup);
    watchdog.interrupt();
    System.out.print(report.table());
    String json = report.json();
    System.out.println(json);
    if (o.jsonOut() != null) {
      Files.writeString(Path.of(o.jsonOut()), json + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }
}
