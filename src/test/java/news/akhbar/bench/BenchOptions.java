package news.akhbar.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the benchmark, with their defaults. */
record BenchOptions(
    int readers,
    int messages,
    int warmup,
    double rate,
    int srcSpread,
    int connectConcurrency,
    String jar,
    String jvm,
    Map<String, String> serverEnv,
    int maxSeconds,
    int drainSeconds,
    boolean heap,
    String histogram,
    String jsonOut) {

  static final String USAGE = """
      options: -n READERS (1000)  -m MESSAGES (50)  --warmup K (20)  --rate MSG_PER_S (10)
               --src-spread K (4: readers bind 127.0.0.1..K)  --connect-concurrency C (64)
               --jar PATH (target/akhbar.jar)  --jvm 'SERVER JVM FLAGS' ($BENCH_JVM)
               --env NAME=VALUE (server environment, repeatable, e.g. AKHBAR_HTTP_INSTANCES=2)
               --max-time S (240, hard stop)  --drain-timeout S (30)  --no-heap (skip jcmd GC.heap_info)
               --histogram FILE (jcmd GC.class_histogram with every reader connected)
               --json-out FILE (append the JSON summary)""";

  static BenchOptions parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> env = new LinkedHashMap<>();
    boolean heap = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--no-heap")) {
        heap = false;
      } else if (a.equals("-h") || a.equals("--help")) {
        throw new IllegalArgumentException(USAGE);
      } else if (i + 1 < args.length && a.startsWith("-")) {
        String v = args[++i];
        if (a.equals("--env")) {
          int eq = v.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--env wants NAME=VALUE, got " + v);
          }
          env.put(v.substring(0, eq), v.substring(eq + 1));
        } else {
          values.put(a, v);
        }
      } else {
        throw new IllegalArgumentException("unknown or incomplete option " + a + "\n" + USAGE);
      }
    }
    BenchOptions o = new BenchOptions(
        num(values.remove("-n"), 1000), num(values.remove("-m"), 50), num(values.remove("--warmup"), 20),
        Double.parseDouble(values.getOrDefault("--rate", "10")), num(values.remove("--src-spread"), 4),
        num(values.remove("--connect-concurrency"), 64), values.getOrDefault("--jar", "target/akhbar.jar"),
        values.getOrDefault("--jvm", System.getenv().getOrDefault("BENCH_JVM", "")), env,
        num(values.remove("--max-time"), 240), num(values.remove("--drain-timeout"), 30), heap,
        values.remove("--histogram"), values.remove("--json-out"));
    values.keySet().removeAll(java.util.List.of("--rate", "--jar", "--jvm"));
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown option(s) " + values.keySet() + "\n" + USAGE);
    }
    if (o.readers < 1 || o.messages < 1 || o.rate <= 0 || o.srcSpread < 1 || o.srcSpread > 254) {
      throw new IllegalArgumentException("need -n >= 1, -m >= 1, --rate > 0, 1 <= --src-spread <= 254");
    }
    return o;
  }

  private static int num(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value.trim());
  }
}
