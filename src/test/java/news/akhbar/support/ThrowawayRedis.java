package news.akhbar.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A redis-server of the test's own on a free port, to kill, restart, freeze and thaw; never the shared one. */
public final class ThrowawayRedis implements AutoCloseable {

  private final int port;
  private final Path dir;
  private Process process;

  public ThrowawayRedis() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    dir = Files.createTempDirectory("akhbar-redis");
    start();
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public void start() throws IOException {
    process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--dir", dir.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.onSpinWait();
      }
    }
    throw new IllegalStateException("redis-server did not start on " + port);
  }

  /** SIGKILL: the server vanishes without goodbye, as in a crash. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGSTOP: the server stops answering but its sockets stay open, as when it is frozen, swapping or stuck. */
  public void freeze() throws IOException, InterruptedException {
    signal("-STOP");
  }

  /** SIGCONT: a frozen server carries on where it stopped. */
  public void thaw() throws IOException, InterruptedException {
    signal("-CONT");
  }

  /** Signals this server's own pid, never any other redis-server. */
  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
