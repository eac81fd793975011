package news.akhbar.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A jar of target/ (akhbar.jar unless named), or the runtime image's launcher, started as its own process, as an
 * operator runs it; killed by its pid.
 */
public final class JarProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private JarProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static JarProcess start(Map<String, String> env) throws Exception {
    return start("akhbar.jar", env);
  }

  /** Starts target/{jarName} and waits until it listens; fails with its output when it does not. */
  public static JarProcess start(String jarName, Map<String, String> env) throws Exception {
    return listeningOrFailing(jarName, launch(jarName, env));
  }

  /**
   * Starts the runtime image's launcher target/akhbar/bin/akhbar (the production profile) and waits until it listens.
   * The JVM options are the image's own plus {@code JAVA_OPTS} when {@code env} names it; none are inherited.
   */
  public static JarProcess startLauncher(Map<String, String> env) throws Exception {
    List<String> command = List.of(Path.of("target", "akhbar", "bin", "akhbar").toAbsolutePath().toString());
    return listeningOrFailing("target/akhbar/bin/akhbar", started(builder(command, env)));
  }

  private static JarProcess listeningOrFailing(String name, JarProcess jar) throws Exception {
    Eventually.within(60, () -> !jar.process.isAlive() || listening(jar.port));   // a crash ends the wait early
    if (jar.process.isAlive() && listening(jar.port)) {
      return jar;
    }
    throw new IllegalStateException(name + " did not listen on " + jar.port + ":\n" + jar.output());
  }

  /** Starts target/{jarName} without waiting for it: for a start that is meant to fail. */
  public static JarProcess launch(String jarName, Map<String, String> env) throws IOException {
    return launch(List.of(), jarName, env);
  }

  /**
   * Starts target/{jarName} through a command that runs it, without waiting: {@code prefix} such as
   * {@code prlimit --nofile=4096:4096} (util-linux) starts it with a limit this machine's own does not have.
   */
  public static JarProcess launch(List<String> prefix, String jarName, Map<String, String> env) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
        Path.of("target", jarName).toAbsolutePath().toString()));
    return started(builder(command, env));
  }

  /** The command with the test's AKHBAR_ settings and JVM options only, on a free port of 127.0.0.1. */
  private static ProcessBuilder builder(List<String> command, Map<String, String> env) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().keySet().removeIf(name -> name.startsWith("AKHBAR_"));   // the test's settings only
    pb.environment().keySet().removeAll(List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
    pb.environment().putAll(env);
    pb.environment().put("AKHBAR_HTTP_PORT", Integer.toString(port));
    pb.environment().put("AKHBAR_HTTP_HOST", "127.0.0.1");
    return pb;
  }

  private static JarProcess started(ProcessBuilder pb) throws IOException {
    Path log = Files.createTempFile("akhbar-jar", ".log");
    int port = Integer.parseInt(pb.environment().get("AKHBAR_HTTP_PORT"));
    return new JarProcess(pb.redirectOutput(log.toFile()).start(), port, log);
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  public int port() {
    return port;
  }

  public String output() throws IOException {
    return Files.readString(log);
  }

  /** Waits for the process to end by itself; returns the exit code, or -1 if still running after the bound. */
  public int exitWithin(int seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** SIGTERM; returns the exit code, or -1 if still running after the bound. */
  public int terminate(int seconds) throws InterruptedException {
    process.destroy();
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** SIGKILL: no shutdown hook, streams cut without a goodbye. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
