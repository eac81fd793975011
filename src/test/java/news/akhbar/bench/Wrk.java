package news.akhbar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of wrk (Debian's binary, one thread), read back from its report. */
final class Wrk {

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET = Pattern.compile(
      "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  /** Requests per second, requests made, and errors: non-2xx/3xx responses plus socket errors. */
  record Result(double rps, long requests, long errors) {
  }

  private Wrk() {
  }

  /** wrk -t1 -c CONNECTIONS -d SECONDS [-H 'Accept-Encoding: gzip'] URL */
  static Result run(String url, int connections, int seconds, boolean gzip) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s"));
    if (gzip) {
      cmd.addAll(List.of("-H", "Accept-Encoding: gzip"));
    }
    cmd.add(url);
    Path out = Files.createTempFile("akhbar-bench-wrk-", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("wrk did not finish within " + (seconds + 30) + " s: " + url);
      }
      String report = Files.readString(out, StandardCharsets.UTF_8);
      Matcher rps = RPS.matcher(report);
      Matcher requests = REQUESTS.matcher(report);
      if (p.exitValue() != 0 || !rps.find() || !requests.find()) {
        throw new IOException("wrk failed on " + url + ":\n" + report);
      }
      long errors = 0;
      Matcher non2xx = NON_2XX.matcher(report);
      if (non2xx.find()) {
        errors += Long.parseLong(non2xx.group(1));
      }
      Matcher socket = SOCKET.matcher(report);
      if (socket.find()) {
        for (int g = 1; g <= 4; g++) {
          errors += Long.parseLong(socket.group(g));
        }
      }
      return new Result(Double.parseDouble(rps.group(1)), Long.parseLong(requests.group(1)), errors);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
