package news.akhbar.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two kernel limits a wave of readers meets first, read once at start-up: the process's open-file limit (one
 * descriptor per reader) and the listen backlog (`net.core.somaxconn`: connects queued before the server accepts
 * them). Each one below what a wave of tens of thousands needs gives one warning naming the limit and the fix.
 * Unknown values (no /proc) warn of nothing.
 */
record KernelLimits(long openFiles, long somaxconn) {

  /** A reader holds one descriptor; the server's own files, pools and sockets take about this many more. */
  static final int OWN_DESCRIPTORS = 50;
  static final long OPEN_FILES_WANTED = 20_000;
  static final long SOMAXCONN_WANTED = 4_096;
  static final String DOCS = "docs/operations.md#kernel-settings-for-a-reconnect-wave";

  /** This process's limits, as the kernel applies them now (the JVM raises its soft open-file limit to the hard one). */
  static KernelLimits ofThisProcess() {
    return new KernelLimits(openFiles(read(Path.of("/proc/self/limits"))),
        number(read(Path.of("/proc/sys/net/core/somaxconn"))));
  }

  List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (openFiles >= 0 && openFiles < OPEN_FILES_WANTED) {
      warnings.add("open-file limit is " + openFiles + ": this instance holds at most about "
          + Math.max(0, openFiles - OWN_DESCRIPTORS) + " readers, and refuses the rest; raise it (ulimit -n, "
          + "systemd LimitNOFILE, docker --ulimit nofile) to " + OPEN_FILES_WANTED + " or more — " + DOCS);
    }
    if (somaxconn >= 0 && somaxconn < SOMAXCONN_WANTED) {
      warnings.add("net.core.somaxconn is " + somaxconn + ": in a reconnect wave, connects beyond that many "
          + "waiting at once are dropped and retried seconds later; raise it to " + SOMAXCONN_WANTED
          + " or more (sysctl -w net.core.somaxconn=" + SOMAXCONN_WANTED + ") — " + DOCS);
    }
    return warnings;
  }

  /** The soft limit on the "Max open files" line of /proc/PID/limits; -1 when absent or "unlimited". */
  static long openFiles(String limits) {
    for (String line : limits.split("\n")) {
      if (line.startsWith("Max open files")) {
        String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
        return fields.length > 0 ? number(fields[0]) : -1;
      }
    }
    return -1;
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Through a stream: Files.readString trusts the size /proc reports and gets one byte of "4096". */
  private static String read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
