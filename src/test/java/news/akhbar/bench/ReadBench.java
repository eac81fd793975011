package news.akhbar.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read mode: Akhbar's read paths against nginx serving the same bytes as static files. Seeds the articles through
 * the API, copies four responses (the list, one article page, the Atom feed, the front page), then runs wrk on each
 * against Akhbar and against nginx in turn, R times, and reports the median requests per second of each and the
 * server's CPU per request.
 */
final class ReadBench implements BenchMode {

  /** One target's response and figures. */
  private static final class Target {
    final String name;
    final String path;
    final double[] akhbarRps;
    final double[] nginxRps;
    NginxMirror.Copy copy;
    long akhbarGzipBytes = -1;
    long akhbarCpu;
    long akhbarRequests;
    long akhbarErrors;
    long nginxErrors;

    Target(String name, String path, int reps) {
      this.name = name;
      this.path = path;
      this.akhbarRps = new double[reps];
      this.nginxRps = new double[reps];
    }
  }

  @Override
  public BenchReport run(BenchOptions o, BenchServer server, Teardown teardown) throws Exception {
    SampleArticles samples = new SampleArticles();
    try (ArticlePoster poster = new ArticlePoster(server.port, server.token)) {
      poster.seed(o.articles(), samples::json);
    }
    String slug = Fetch.json(server.port, "/api/v1/articles?limit=20").getJsonArray("items").getJsonObject(0)
        .getString("slug");
    List<Target> targets = List.of(new Target("list", "/api/v1/articles?limit=20", o.reps()),
        new Target("article", "/a/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20"), o.reps()),
        new Target("feed", "/feed.atom", o.reps()), new Target("front", "/", o.reps()));
    List<NginxMirror.Copy> copies = new ArrayList<>();
    for (Target t : targets) {
      copy(server.port, t, o.gzip());
      copies.add(t.copy);
    }
    boolean compare = !o.gzip() || NginxMirror.hasGzipStatic();
    NginxMirror nginx = compare ? teardown.add(NginxMirror.start(copies, o.gzip())) : null;
    for (int rep = 0; rep < o.reps(); rep++) {
      for (Target t : targets) {
        warm(o, server.port, t.path);
        BenchServer.CpuTime before = server.cpu();
        Wrk.Result a = Wrk.run(url(server.port, t.path), o.connections(), o.seconds(), o.gzip());
        t.akhbarCpu += server.cpu().minus(before).total();
        t.akhbarRequests += a.requests();
        t.akhbarRps[rep] = a.rps();
        t.akhbarErrors += a.errors();
        if (nginx != null) {
          warm(o, nginx.port, t.path);
          Wrk.Result n = Wrk.run(url(nginx.port, t.path), o.connections(), o.seconds(), o.gzip());
          t.nginxRps[rep] = n.rps();
          t.nginxErrors += n.errors();
        }
      }
    }
    BenchReport r = report(o, targets, nginx);
    if (nginx != null) {
      nginx.close();
    }
    return r.put("article_path", targets.get(1).path).put("server_log", server.log.toString());
  }

  /** Akhbar's exact response (body and Content-Type) and, with gzip, the size of its gzipped body. */
  private static void copy(int port, Target t, boolean gzip) throws IOException, InterruptedException {
    HttpResponse<byte[]> plain = Fetch.get(port, t.path);
    t.copy = new NginxMirror.Copy(t.path, plain.headers().firstValue("Content-Type").orElseThrow(), plain.body());
    if (gzip) {
      HttpResponse<byte[]> zipped = Fetch.get(port, t.path, "Accept-Encoding", "gzip");
      if (zipped.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
        t.akhbarGzipBytes = zipped.body().length;
      }
    }
  }

  private static BenchReport report(BenchOptions o, List<Target> targets, NginxMirror nginx) throws IOException {
    BenchReport r = new BenchReport()
        .put("mode", "read").put("articles", o.articles()).put("seconds", o.seconds()).put("warm_s", o.warmSeconds())
        .put("reps", o.reps()).put("connections", o.connections()).put("gzip", o.gzip())
        .put("jvm", o.jvm()).put("server_env", o.serverEnv().toString());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      double a = BenchReport.median(t.akhbarRps);
      double n = nginx == null ? -1 : BenchReport.median(t.nginxRps);
      r.put(t.name + "_bytes", t.copy.body().length);
      if (o.gzip()) {
        r.put(t.name + "_akhbar_gzip_bytes", t.akhbarGzipBytes)
            .put(t.name + "_nginx_gzip_bytes", nginx == null ? -1 : nginx.gzipBytes(i));
      }
      r.put(t.name + "_akhbar_rps", BenchReport.round1(a)).put(t.name + "_nginx_rps", BenchReport.round1(n))
          .put(t.name + "_ratio", n <= 0 ? -1 : Math.round(1000 * a / n) / 1000.0)
          .put(t.name + "_akhbar_us_per_req",
              BenchReport.round1(t.akhbarRequests == 0 ? -1 : (double) t.akhbarCpu / t.akhbarRequests))
          .put(t.name + "_akhbar_errors", t.akhbarErrors)
          .put(t.name + "_nginx_errors", nginx == null ? -1 : t.nginxErrors);
      if (o.reps() > 1) {
        r.put(t.name + "_akhbar_rps_runs", runs(t.akhbarRps)).put(t.name + "_nginx_rps_runs", runs(t.nginxRps));
      }
    }
    if (nginx == null) {
      r.put("note", "this nginx has no gzip_static module: the gzip comparison is not available");
    }
    return r;
  }

  /** A run whose figures are discarded: JIT, caches and connections warm up before the measured one. */
  private static void warm(BenchOptions o, int port, String path) throws IOException, InterruptedException {
    if (o.warmSeconds() > 0) {
      Wrk.run(url(port, path), o.connections(), o.warmSeconds(), o.gzip());
    }
  }

  private static String url(int port, String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static String runs(double[] values) {
    return Arrays.stream(values).mapToObj(v -> Long.toString(Math.round(v))).collect(Collectors.joining(" "));
  }
}
