package news.akhbar.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The static baseline: nginx (Debian's binary, two workers, its own config on a free loopback port) serving fixed
 * copies of Akhbar's responses from a temporary directory, each at Akhbar's path with Akhbar's Content-Type, and
 * pre-gzipped copies through gzip_static when asked. Stopped by its PID; the directory goes with it.
 */
final class NginxMirror implements AutoCloseable {

  /** One response to serve: the request target (path, maybe a query), its Content-Type and its exact body. */
  record Copy(String target, String contentType, byte[] body) {
  }

  final int port;
  private final Path dir;
  private final Process process;

  private NginxMirror(int port, Path dir, Process process) {
    this.port = port;
    this.dir = dir;
    this.process = process;
  }

  /** Whether this nginx can serve pre-gzipped files (nginx -V lists --with-http_gzip_static_module). */
  static boolean hasGzipStatic() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("nginx", "-V").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return out.contains("--with-http_gzip_static_module");
  }

  /** Writes the copies and the config, starts nginx and checks that it serves every copy byte for byte. */
  static NginxMirror start(List<Copy> copies, boolean gzip) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("akhbar-bench-nginx-");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));   // workers run as nobody
    Path www = Files.createDirectories(dir.resolve("www"));
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    StringBuilder locations = new StringBuilder();
    for (int i = 0; i < copies.size(); i++) {
      Copy copy = copies.get(i);
      Files.write(www.resolve("copy" + i), copy.body());
      if (gzip) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(www.resolve("copy" + i + ".gz")))) {
          out.write(copy.body());
        }
      }
      locations.append("    location = \"").append(URI.create(copy.target()).getPath()).append("\" {\n")
          .append("      default_type \"").append(copy.contentType()).append("\";\n")
          .append("      try_files /copy").append(i).append(" =404;\n    }\n");
    }
    Files.writeString(dir.resolve("nginx.conf"), config(dir, www, port, gzip, locations), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder("nginx", "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(),
        "-e", dir.resolve("error.log").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
    NginxMirror mirror = new NginxMirror(port, dir, process);
    try {
      mirror.check(copies, gzip);
    } catch (IOException | InterruptedException e) {
      mirror.close();
      throw e;
    }
    return mirror;
  }

  private static String config(Path dir, Path www, int port, boolean gzip, CharSequence locations) {
    return """
        daemon off;
        worker_processes 2;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log off;
          types { }
          sendfile on;
          tcp_nopush on;
          keepalive_requests 1000000;
          open_file_cache max=64;
          gzip_static %2$s;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          server {
            listen 127.0.0.1:%3$d reuseport;
            root %4$s;
        %5$s  }
        }
        """.formatted(dir, gzip ? "on" : "off", port, www, locations);
  }

  /** Waits up to 10 s for nginx to answer, then compares every copy it serves with the original. */
  private void check(List<Copy> copies, boolean gzip) throws IOException, InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    while (true) {
      if (!process.isAlive()) {
        throw new IOException("nginx exited: " + log());
      }
      try {
        Fetch.get(port, copies.get(0).target());
        break;
      } catch (IOException notYet) {
        if (System.nanoTime() > end) {
          throw new IOException("nginx did not answer within 10 s: " + log(), notYet);
        }
        Thread.sleep(100);
      }
    }
    for (Copy copy : copies) {
      if (!Arrays.equals(Fetch.get(port, copy.target()).body(), copy.body())) {
        throw new IOException("nginx serves other bytes than Akhbar for " + copy.target());
      }
      if (gzip && !Fetch.get(port, copy.target(), "Accept-Encoding", "gzip").headers()
          .firstValue("Content-Encoding").orElse("").equals("gzip")) {
        throw new IOException("nginx did not serve the gzipped copy of " + copy.target());
      }
    }
  }

  private String log() throws IOException {
    Path log = dir.resolve("error.log");
    return Files.exists(log) ? Files.readString(log) : Files.readString(dir.resolve("nginx.out"));
  }

  /** Size of the pre-gzipped copy i, in bytes. */
  long gzipBytes(int i) throws IOException {
    return Files.size(dir.resolve("www").resolve("copy" + i + ".gz"));
  }

  /** SIGTERM to the master (it stops its workers), SIGKILL after 5 s to it and to any worker left; then the files. */
  @Override
  public void close() throws IOException {
    List<ProcessHandle> workers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
