package news.akhbar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.akhbar.latest.Cursor;

/**
 * The archive at scale: loads (or reuses) the generated archive in its own database, then for each search design
 * (PostgreSQL's full text, then this instance's Lucene index) starts Akhbar on it (time to ready, RSS after boot),
 * reads a list page half a million articles deep by cursor, and searches at a fixed arrival rate from the same
 * query log of the archive's own words. The Lucene design also reports its index's time to ready (rebuilt from the
 * store when its directory is new, caught up from the event log on a second start), size on disk, and how soon a
 * publish is found. The database and the index directory stay for the next run.
 */
final class ScaleBench implements BenchMode {

  @Override
  public BenchReport run(BenchOptions o, BenchServer unused, Teardown teardown) throws Exception {
    BenchReport report = new BenchReport().put("mode", "scale").put("articles", o.articles()).put("seed", o.seed());
    double load = ArchiveLoader.ensure(o.database(), o.seed(), o.articles(), o.loadWorkers());
    report.put("load_s", load < 0 ? "reused" : BenchReport.round1(load));
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
    List<QueryLog.Query> log = QueryLog.build(ArabicWords.load(o.seed()), o.seed(), o.queries());
    report.put("search_queries_in_log", log.size()).put("search_rate_offered", o.rate());
    for (String design : o.designs()) {
      settle(url);
      if (design.equals("postgres")) {
        design(o, report, "pg", Map.of("AKHBAR_SEARCH", "postgres"), log, deepCursor, null);
      } else {
        Path dir = Path.of(o.indexDir()).toAbsolutePath();
        report.put("lucene_index_dir_existed", Files.isDirectory(dir));
        design(o, report, "lucene", Map.of("AKHBAR_SEARCH", "lucene", "AKHBAR_SEARCH_DIR", dir.toString()), log,
            deepCursor, dir);
        restart(o, report, dir);
      }
    }
    report.put("at", Instant.now().toString());
    return report;
  }

  private static void design(BenchOptions o, BenchReport report, String p, Map<String, String> env,
      List<QueryLog.Query> log, String deepCursor, Path index) throws Exception {
    long launched = System.nanoTime();
    try (BenchServer server = BenchServer.on(o, o.database(), env)) {
      report.put(p + "_startup_ms", server.startupMillis);
      if (index != null) {
        IndexReady.await(server, launched, report, p);
      }
      report.put(p + "_rss_after_boot_mb", server.rssKb() / 1024);
      long[] deepMicros = new long[21];
      for (int i = 0; i < deepMicros.length; i++) {
        long t0 = System.nanoTime();
        Fetch.get(server.port, "/api/v1/articles?limit=20&before=" + deepCursor);
        deepMicros[i] = (System.nanoTime() - t0) / 1000;
      }
      Arrays.sort(deepMicros);
      report.put(p + "_deep_page_median_ms", BenchReport.ms(deepMicros[deepMicros.length / 2]));
      if (o.warmSeconds() > 0) {
        OpenLoopSearch.run(server.port, log, o.rate(), o.warmSeconds(), 20);
      }
      OpenLoopSearch.Result r = OpenLoopSearch.run(server.port, log, o.rate(), o.seconds(), 20);
      searchFigures(report, p, r);
      if (index != null) {
        report.put(p + "_index_mb", IndexReady.bytes(index) >> 20);
        report.put(p + "_freshness_ms", IndexReady.freshnessMillis(server));
      }
      report.put(p + "_rss_after_search_mb", server.rssKb() / 1024);
    }
  }

  /**
   * Waits (at most 30 s) for the archive's database to have no query running, then ends what is left: searches a
   * stopped server had in flight run on for seconds and would slow the next design's start and searches.
   */
  private static void settle(String url) throws Exception {
    String others = " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        + " AND state = 'active'";
    try (Connection c = DriverManager.getConnection(url, "root", "");
         Statement s = c.createStatement()) {
      for (int i = 0; i < 300; i++) {
        try (ResultSet rs = s.executeQuery("SELECT count(*)" + others)) {
          rs.next();
          if (rs.getInt(1) == 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
      s.executeQuery("SELECT pg_terminate_backend(pid)" + others).close();
    }
  }

  /** A second start on the index the first left: only the events since its last commit are read. */
  private static void restart(BenchOptions o, BenchReport report, Path dir) throws Exception {
    long launched = System.nanoTime();
    try (BenchServer server = BenchServer.on(o, o.database(),
        Map.of("AKHBAR_SEARCH", "lucene", "AKHBAR_SEARCH_DIR", dir.toString()))) {
      report.put("lucene_restart_startup_ms", server.startupMillis);
      IndexReady.await(server, launched, report, "lucene_restart");
      report.put("lucene_restart_rss_after_boot_mb", server.rssKb() / 1024);
    }
  }

  private static void searchFigures(BenchReport report, String p, OpenLoopSearch.Result r) {
    report.put(p + "_search_qps_done", BenchReport.round1(r.micros().length / r.seconds()))
        .put(p + "_search_errors", r.errors());
    long[] sorted = r.micros().clone();
    Arrays.sort(sorted);
    report.put(p + "_search_p50_ms", BenchReport.ms(BenchReport.at(sorted, 0.50)))
        .put(p + "_search_p95_ms", BenchReport.ms(BenchReport.at(sorted, 0.95)))
        .put(p + "_search_p99_ms", BenchReport.ms(BenchReport.at(sorted, 0.99)))
        .put(p + "_search_max_ms", BenchReport.ms(sorted[sorted.length - 1]));
    r.byKind().forEach((kind, micros) -> {
      long[] k = micros.clone();
      Arrays.sort(k);
      report.put(p + "_search_" + kind.name().toLowerCase(java.util.Locale.ROOT) + "_p50_p99_ms",
          BenchReport.ms(BenchReport.at(k, 0.5)) + " / " + BenchReport.ms(BenchReport.at(k, 0.99)));
    });
    if (r.firstError() != null) {
      report.put(p + "_search_first_error", r.firstError());
    }
  }
}
