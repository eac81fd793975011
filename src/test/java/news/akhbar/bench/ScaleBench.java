package news.akhbar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import news.akhbar.latest.Cursor;

/**
 * The archive at scale: loads (or reuses) the generated archive in its own database, starts Akhbar on it (time to
 * ready, RSS after boot), then searches it at a fixed arrival rate from a query log of the archive's own words, and
 * reads a list page half a million articles deep by cursor. The database stays for the next run.
 */
final class ScaleBench implements BenchMode {

  @Override
  public BenchReport run(BenchOptions o, BenchServer unused, Teardown teardown) throws Exception {
    BenchReport report = new BenchReport().put("mode", "scale").put("articles", o.articles()).put("seed", o.seed());
    double load = ArchiveLoader.ensure(o.database(), o.seed(), o.articles(), o.loadWorkers());
    report.put("load_s", load < 0 ? "reused" : BenchReport.round1(load));
    BenchServer server = teardown.add(BenchServer.on(o, o.database()));
    report.put("startup_ms", server.startupMillis).put("rss_after_boot_mb", server.rssKb() / 1024);
    String url = "jdbc:postgresql://127.0.0.1:5432/" + o.database();
    String deepCursor;
    try (Connection c = DriverManager.getConnection(url, "root", "");
         Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT pg_relation_size('article_search'), "
          + "pg_total_relation_size('article'), pg_database_size(current_database())")) {
        rs.next();
        report.put("search_index_mb", rs.getLong(1) >> 20).put("article_table_mb", rs.getLong(2) >> 20)
            .put("database_mb", rs.getLong(3) >> 20);
      }
      int deep = Math.min(500_000, o.articles() / 2);
      try (ResultSet rs = s.executeQuery("SELECT published_at, id FROM article WHERE retracted_at IS NULL "
          + "ORDER BY published_at DESC, id DESC OFFSET " + (deep - 1) + " LIMIT 1")) {
        rs.next();
        deepCursor = new Cursor(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getLong(2)).encode();
      }
      report.put("deep_page_offset", deep);
    }
    long[] deepMicros = new long[21];
    for (int i = 0; i < deepMicros.length; i++) {
      long t0 = System.nanoTime();
      Fetch.get(server.port, "/api/v1/articles?limit=20&before=" + deepCursor);
      deepMicros[i] = (System.nanoTime() - t0) / 1000;
    }
    Arrays.sort(deepMicros);
    report.put("deep_page_median_ms", BenchReport.ms(deepMicros[deepMicros.length / 2]));
    List<QueryLog.Query> log = QueryLog.build(ArabicWords.load(o.seed()), o.seed(), o.queries());
    if (o.warmSeconds() > 0) {
      OpenLoopSearch.run(server.port, log, o.rate(), o.warmSeconds(), 20);
    }
    OpenLoopSearch.Result r = OpenLoopSearch.run(server.port, log, o.rate(), o.seconds(), 20);
    report.put("search_queries_in_log", log.size()).put("search_rate_offered", o.rate())
        .put("search_qps_done", BenchReport.round1(r.micros().length / r.seconds()))
        .put("search_errors", r.errors());
    long[] sorted = r.micros().clone();
    Arrays.sort(sorted);
    report.put("search_p50_ms", BenchReport.ms(BenchReport.at(sorted, 0.50)))
        .put("search_p95_ms", BenchReport.ms(BenchReport.at(sorted, 0.95)))
        .put("search_p99_ms", BenchReport.ms(BenchReport.at(sorted, 0.99)))
        .put("search_max_ms", BenchReport.ms(sorted[sorted.length - 1]));
    r.byKind().forEach((kind, micros) -> {
      long[] k = micros.clone();
      Arrays.sort(k);
      report.put("search_" + kind.name().toLowerCase(java.util.Locale.ROOT) + "_p50_p99_ms",
          BenchReport.ms(BenchReport.at(k, 0.5)) + " / " + BenchReport.ms(BenchReport.at(k, 0.99)));
    });
    if (r.firstError() != null) {
      report.put("search_first_error", r.firstError());
    }
    report.put("rss_after_search_mb", server.rssKb() / 1024).put("at", Instant.now().toString());
    return report;
  }
}
