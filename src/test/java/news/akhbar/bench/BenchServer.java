package news.akhbar.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Akhbar as a separate process (java -jar), on loopback, with a fresh database on the local PostgreSQL and its own
 * Redis channel. Reads its CPU time and RSS from /proc; stops it by its PID and drops the database.
 */
final class BenchServer implements AutoCloseable {

  static final String PG = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  final int port;
  final String token;
  final String database;
  final Path log;
  private final String channel;
  private final boolean ownsDatabase;
  private final Process process;
  /** From launching the JVM to the first 200 from /health/live (served only once the read model has booted). */
  long startupMillis;

  private BenchServer(int port, String token, String database, String channel, boolean ownsDatabase, Path log,
      Process process) {
    this.port = port;
    this.token = token;
    this.database = database;
    this.channel = channel;
    this.ownsDatabase = ownsDatabase;
    this.log = log;
    this.process = process;
  }

  static BenchServer start(BenchOptions o) throws IOException, InterruptedException {
    String rnd = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return launch(o, rnd, "akhbar_bench_" + rnd, "akhbar-bench:" + rnd,
        "bench-" + rnd + "-" + java.util.UUID.randomUUID(), true, o.serverEnv());
  }

  /** Akhbar on an existing database (the scale archive), which it leaves in place when closed. */
  static BenchServer on(BenchOptions o, String database) throws IOException, InterruptedException {
    return on(o, database, Map.of());
  }

  /** The same, with settings of its own on top of --env (the scale bench's search designs). */
  static BenchServer on(BenchOptions o, String database, Map<String, String> env)
      throws IOException, InterruptedException {
    String rnd = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Map<String, String> all = new java.util.HashMap<>(o.serverEnv());
    all.putAll(env);
    return launch(o, rnd, database, "akhbar-bench:" + rnd, "bench-" + rnd + "-" + java.util.UUID.randomUUID(), false,
        all);
  }

  /**
   * One more instance of the same deployment, in a process of its own on its own port: the same database, Redis
   * channel and admin token. Closing it stops it and leaves the database to the first.
   */
  BenchServer sibling(BenchOptions o) throws IOException, InterruptedException {
    String rnd = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return launch(o, rnd, database, channel, token, false, o.serverEnv());
  }

  private static BenchServer launch(BenchOptions o, String rnd, String database, String channel, String token,
      boolean ownsDatabase, Map<String, String> serverEnv) throws IOException, InterruptedException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    // a runtime image (target/akhbar) starts as README says, through its bin/akhbar, the --jvm flags in JAVA_OPTS
    Path built = Path.of(o.jar()).toAbsolutePath();
    boolean image = Files.isDirectory(built);
    List<String> cmd = new ArrayList<>(List.of(image ? built.resolve("bin/akhbar").toString() : "java"));
    if (!image) {
      for (String flag : o.jvm().trim().split("\\s+")) {
        if (!flag.isEmpty()) {
          cmd.add(flag);
        }
      }
      cmd.addAll(List.of("-jar", built.toString()));
    }
    Path log = Files.createTempFile("akhbar-bench-" + rnd + "-", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    if (image) {
      env.put("JAVA_OPTS", o.jvm().trim());
    }
    env.put("AKHBAR_HTTP_HOST", "127.0.0.1");
    env.put("AKHBAR_HTTP_PORT", Integer.toString(port));
    env.put("AKHBAR_PG_URL", "postgresql://root@127.0.0.1:5432/" + database);
    env.put("AKHBAR_REDIS_URL", "redis://127.0.0.1:6379");
    env.put("AKHBAR_REDIS_CHANNEL", channel);
    env.put("AKHBAR_ADMIN_TOKEN", token);
    env.put("AKHBAR_MAX_STREAMS_PER_CLIENT", "100000");
    env.put("AKHBAR_SEARCHES_PER_MINUTE", "0");   // every bench client is one address
    env.put("AKHBAR_COLD_READS_PER_MINUTE", "0");
    env.putAll(serverEnv);
    long launched = System.nanoTime();
    BenchServer server = new BenchServer(port, token, database, channel, ownsDatabase, log, pb.start());
    try {
      server.awaitLive(120_000);
      server.startupMillis = (System.nanoTime() - launched) / 1_000_000;
    } catch (IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  long pid() {
    return process.pid();
  }

  private void awaitLive(long timeoutMillis) throws IOException, InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end) {
      if (!process.isAlive()) {
        throw new IOException("Akhbar exited at start-up; see " + log);
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        s.setSoTimeout(2_000);   // a request accepted while the server was still starting went unanswered once
        s.getOutputStream().write(("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        String reply = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        if (reply.endsWith("200")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(20);
    }
    throw new IOException("Akhbar did not answer /health/live within " + timeoutMillis + " ms; see " + log);
  }

  /** User and kernel CPU time of a whole process (every thread), in microseconds. */
  record CpuTime(long user, long sys) {

    long total() {
      return user + sys;
    }

    CpuTime plus(CpuTime other) {
      return new CpuTime(user + other.user, sys + other.sys);
    }

    CpuTime minus(CpuTime earlier) {
      return new CpuTime(user - earlier.user, sys - earlier.sys);
    }
  }

  CpuTime cpu() throws IOException {
    return cpuOf(Path.of("/proc/" + pid() + "/stat"));
  }

  static CpuTime selfCpu() throws IOException {
    return cpuOf(Path.of("/proc/self/stat"));
  }

  private static CpuTime cpuOf(Path stat) throws IOException {
    String text = Files.readString(stat);
    String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
    long perTick = 1_000_000L / 100;   // USER_HZ is 100 on Linux x86-64
    return new CpuTime(Long.parseLong(f[11]) * perTick, Long.parseLong(f[12]) * perTick);
  }

  /** VmRSS in KiB. */
  long rssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IOException("no VmRSS for " + pid());
  }

  /** Java heap in use right after a full GC (jcmd GC.run, GC.heap_info), KiB; -1 when jcmd is not there. */
  long heapAfterGcKb() {
    try {
      jcmd("GC.run");
      long used = 0;
      for (String line : jcmd("GC.heap_info").split("\n")) {
        Matcher m = USED.matcher(line);
        if (!line.contains("Metaspace") && !line.contains("class space") && m.find()) {
          used += Long.parseLong(m.group(1));
        }
      }
      return used;
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  /** The live objects by class (after a full GC), as jcmd prints them. */
  String histogram() throws IOException, InterruptedException {
    return jcmd("GC.class_histogram");
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("jcmd", Long.toString(pid()), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + out);
    }
    return out;
  }

  /** SIGTERM (graceful: streams end with a retry), SIGKILL after 10 s; the database stays. Safe to call again. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server, then drops the database (when it made it). */
  @Override
  public void close() {
    stop();
    if (!ownsDatabase) {
      return;
    }
    try (Connection c = DriverManager.getConnection(PG, "root", "");
         Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    } catch (Exception e) {
      System.err.println("could not drop database " + database + ": " + e.getMessage());
    }
  }
}
