package news.akhbar.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command line of the benchmark: a mode word (fanout when the first argument is an option), then its options. */
record BenchOptions(
    String mode,
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
    String jsonOut,
    int events,
    int articles,
    int seconds,
    int warmSeconds,
    int reps,
    int connections,
    boolean gzip,
    int readerTimeout,
    int warmReaders,
    boolean siteWide,
    long seed,
    String database,
    int loadWorkers,
    int queries,
    List<String> designs,
    String indexDir) {

  static final String USAGE = """
      usage: [fanout|read|storm|cold|connect|live|scale] OPTIONS   (fanout when the first word is an option)
      every mode: --jar PATH (target/akhbar.jar; a runtime image such as target/akhbar runs its bin/akhbar,
                  with --jvm in JAVA_OPTS)  --jvm 'SERVER JVM FLAGS' ($BENCH_JVM)
               --env NAME=VALUE (server environment, repeatable, e.g. AKHBAR_HTTP_INSTANCES=2)
               --max-time S (hard stop: 240; read: 120 + 8 x reps x (warm + d); cold: 600)  --json-out FILE (append the JSON)
      fanout:  -n READERS (1000)  -m MESSAGES (50)  --warmup K (20)  --rate MSG_PER_S (10)
               --src-spread K (4: readers bind 127.0.0.1..K)  --connect-concurrency C (64)
               --drain-timeout S (30)  --no-heap (skip jcmd GC.heap_info)
               --histogram FILE (jcmd GC.class_histogram with every reader connected)
      read:    --articles N (60)  -d SECONDS (10)  --warm SECONDS (3)  --reps R (1)  -c CONNECTIONS (64)  --gzip
      storm:   -n READERS (1000)  -k EVENTS (20)  --connect-concurrency C (1024)  --src-spread K (4)
               --reader-timeout S (60)  --warm-readers W (2000: an unmeasured storm first, so the JIT is warm)
      cold:    a rolling restart: -k events seeded, the server stopped, a fresh one started, and at once
               -n READERS (1000) resume from before them; then the same wave on the warm instance, once
               unmeasured and --reps R (3) times measured (cold CPU against the warm median)
               --connect-concurrency C (1024)  --src-spread K (4)  --reader-timeout S (60)
               --warm-readers W (0: none; W readers resume first, unmeasured, as a warm-up at start-up would)
      connect: -n READERS (1000)  --connect-concurrency C (64)  --src-spread K (4)
               --warm-readers W (2000: readers connected and closed first, unmeasured)
      live:    two servers sharing a database and Redis; readers of one coverage spread over both
               -n READERS (10000)  -m ENTRIES (60)  --warmup K (5)  --rate ENTRIES_PER_S (1)
               --src-spread K (4)  --connect-concurrency C (64)  --drain-timeout S (30)  (--max-time: 600)
               --site-wide (readers on the unfiltered /api/v1/stream: the ticker's path, the baseline)
      scale:   the generated Arabic archive (needs hunspell-ar), loaded once into its own database and kept
               --articles N (1000000)  --seed S (1)  --database NAME (akhbar_scale)  --load-workers W (2)
               --queries Q (1000: the query log)  --rate QUERIES_PER_S (200)  -d SECONDS (30)  --warm SECONDS (10)
               --designs postgres,lucene (both, one after the other, the same query log)
               --index-dir DIR (target/DATABASE-search-index: kept, so a second run starts from it)
               (--max-time: 7200)""";

  private static final Set<String> COMMON = Set.of("--jar", "--jvm", "--env", "--max-time", "--json-out");
  private static final Map<String, Set<String>> MODES = Map.of(
      "fanout", Set.of("-n", "-m", "--warmup", "--rate", "--src-spread", "--connect-concurrency", "--drain-timeout",
          "--no-heap", "--histogram"),
      "read", Set.of("--articles", "-d", "--warm", "--reps", "-c", "--gzip"),
      "storm", Set.of("-n", "-k", "--connect-concurrency", "--src-spread", "--reader-timeout", "--warm-readers"),
      "cold", Set.of("-n", "-k", "--connect-concurrency", "--src-spread", "--reader-timeout", "--reps",
          "--warm-readers"),
      "connect", Set.of("-n", "--connect-concurrency", "--src-spread", "--warm-readers"),
      "live", Set.of("-n", "-m", "--warmup", "--rate", "--src-spread", "--connect-concurrency", "--drain-timeout",
          "--site-wide"),
      "scale", Set.of("--articles", "--seed", "--database", "--load-workers", "--queries", "--rate", "-d", "--warm",
          "--designs", "--index-dir"));
  private static final Set<String> FLAGS = Set.of("--no-heap", "--gzip", "--site-wide");

  static BenchOptions parse(String[] args) {
    boolean named = args.length > 0 && !args[0].startsWith("-");
    String mode = named ? args[0] : "fanout";
    if (!MODES.containsKey(mode)) {
      throw new IllegalArgumentException("unknown mode " + mode + "\n" + USAGE);
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = named ? 1 : 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        throw new IllegalArgumentException(USAGE);
      } else if (!COMMON.contains(a) && !MODES.get(mode).contains(a)) {
        throw new IllegalArgumentException("unknown option " + a + " for mode " + mode + "\n" + USAGE);
      } else if (FLAGS.contains(a)) {
        values.put(a, "true");
      } else if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value\n" + USAGE);
      } else if (a.equals("--env")) {
        String v = args[++i];
        int eq = v.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("--env wants NAME=VALUE, got " + v);
        }
        env.put(v.substring(0, eq), v.substring(eq + 1));
      } else {
        values.put(a, args[++i]);
      }
    }
    if (mode.equals("read") || mode.equals("storm") || mode.equals("cold") || mode.equals("live")) {
      env.putIfAbsent("AKHBAR_WRITES_PER_MINUTE", "1000000");   // a burst of posts, or live's at any --rate
    }
    boolean live = mode.equals("live");
    boolean scale = mode.equals("scale");
    int seconds = num(values.get("-d"), scale ? 30 : 10);
    int warm = num(values.get("--warm"), scale ? 10 : 3);
    int reps = num(values.get("--reps"), mode.equals("cold") ? 3 : 1);
    int maxDefault = mode.equals("read") ? 120 + 8 * reps * (warm + seconds) : live || mode.equals("cold") ? 600
        : scale ? 7200 : 240;
    BenchOptions o = new BenchOptions(mode,
        num(values.get("-n"), live ? 10_000 : 1000), num(values.get("-m"), live ? 60 : 50),
        num(values.get("--warmup"), live ? 5 : 20),
        Double.parseDouble(values.getOrDefault("--rate", live ? "1" : scale ? "200" : "10")), num(values.get("--src-spread"), 4),
        num(values.get("--connect-concurrency"), mode.equals("storm") || mode.equals("cold") ? 1024 : 64),
        values.getOrDefault("--jar", "target/akhbar.jar"),
        values.getOrDefault("--jvm", System.getenv().getOrDefault("BENCH_JVM", "")), env,
        num(values.get("--max-time"), maxDefault), num(values.get("--drain-timeout"), 30),
        !values.containsKey("--no-heap"), values.get("--histogram"), values.get("--json-out"),
        num(values.get("-k"), 20), num(values.get("--articles"), scale ? 1_000_000 : 60), seconds, warm, reps, num(values.get("-c"), 64),
        values.containsKey("--gzip"), num(values.get("--reader-timeout"), 60),
        num(values.get("--warm-readers"), mode.equals("cold") ? 0 : 2_000), values.containsKey("--site-wide"),
        Long.parseLong(values.getOrDefault("--seed", "1")), values.getOrDefault("--database", "akhbar_scale"),
        num(values.get("--load-workers"), 2), num(values.get("--queries"), 1000),
        List.of(values.getOrDefault("--designs", "postgres,lucene").split(",")),
        values.getOrDefault("--index-dir", "target/" + values.getOrDefault("--database", "akhbar_scale")
            + "-search-index"));
    List<Boolean> valid = List.of(o.readers >= 1, o.messages >= 1, o.rate > 0, o.srcSpread >= 1, o.srcSpread <= 254,
        o.connectConcurrency >= 1, o.events >= 1, o.articles >= 1, o.seconds >= 1, o.warmSeconds >= 0, o.reps >= 1,
        o.connections >= 1, o.readerTimeout >= 1, o.maxSeconds >= 1, o.warmReaders >= 0,
        o.loadWorkers >= 1, o.queries >= 1, o.database.matches("[a-z_][a-z0-9_]*"),
        List.of("postgres", "lucene").containsAll(o.designs));
    if (valid.contains(false)) {
      throw new IllegalArgumentException("need -n, -m, -k, --articles, -d, --reps, -c, --connect-concurrency, "
          + "--reader-timeout, --max-time >= 1, --rate > 0, --warm >= 0, 1 <= --src-spread <= 254");
    }
    return o;
  }

  private static int num(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value.trim());
  }
}
