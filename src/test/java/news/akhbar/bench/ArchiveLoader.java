package news.akhbar.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import news.akhbar.app.Database;
import news.akhbar.article.Article;
import news.akhbar.article.Slugs;
import news.akhbar.json.Json;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a dedicated database with {@link ArchiveGenerator}'s archive, writing the rows the app writes when an admin
 * publishes (article with its stored search_doc, its 'article' stream event carrying the article's JSON, its
 * 'create' revision) and retracts (the 'retract' event and revision, a moment later). The migrations make the schema;
 * the indexes over the loaded tables are dropped while COPY runs in chunks on a few connections, then rebuilt from
 * their own definitions. A finished load is marked in the database's comment; the same seed and count reuse it.
 */
final class ArchiveLoader {

  private static final List<String> DEFERRED = List.of("article_search", "article_latest", "article_topic_latest",
      "stream_event_created", "article_revision_article");
  private static final int CHUNK = 1000;
  private static final Chunk END = new Chunk(null, null, null);

  private record Chunk(String articles, String events, String revisions) {
  }

  private ArchiveLoader() {
  }

  static String marker(long seed, int count) {
    return "akhbar archive seed=" + seed + " articles=" + count;
  }

  /** Loads the archive unless the database already holds it; returns the seconds taken, or -1 when reused. */
  static double ensure(String database, long seed, int count, int workers) throws Exception {
    try (Connection c = DriverManager.getConnection(BenchServer.PG, "root", "");
         PreparedStatement q = c.prepareStatement("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
             + "WHERE datname = ?")) {
      q.setString(1, database);
      try (ResultSet rs = q.executeQuery()) {
        if (rs.next() && marker(seed, count).equals(rs.getString(1))) {
          return -1;
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
      }
    }
    ArabicWords words = ArabicWords.load(seed);
    long t0 = System.nanoTime();
    Database.prepare(Database.options("postgresql://root@127.0.0.1:5432/" + database));
    String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
    List<String> indexes = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "root", "");
         Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")) {
        while (rs.next()) {
          if (DEFERRED.contains(rs.getString(1))) {
            indexes.add(rs.getString(2));
          }
        }
      }
      for (String name : DEFERRED) {
        s.execute("DROP INDEX IF EXISTS " + name);
      }
    }
    long lastEvent = copy(url, new ArchiveGenerator(words, seed, count), count, workers);
    System.out.printf("copied %d articles in %.1f s; indexing%n", count, (System.nanoTime() - t0) / 1e9);
    try (Connection c = DriverManager.getConnection(url, "root", "");
         Statement s = c.createStatement()) {
      s.execute("SET maintenance_work_mem = '512MB'");
      s.execute("UPDATE event_counter SET last_id = " + lastEvent);
      s.execute("SELECT setval(pg_get_serial_sequence('article', 'id'), " + count + ")");
      for (String ddl : indexes) {
        s.execute(ddl);
      }
      s.execute("VACUUM ANALYZE");
      s.execute("COMMENT ON DATABASE \"" + database + "\" IS '" + marker(seed, count) + "'");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** One producer renders chunks of CSV; each worker COPYs them on its own connection. Returns the last event id. */
  private static long copy(String url, ArchiveGenerator gen, int count, int workers) throws Exception {
    BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(workers * 2);
    AtomicReference<Exception> failed = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Thread t = new Thread(() -> {
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
          CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
          for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
            c.setAutoCommit(false);
            copy.copyIn("COPY article (id, slug, title, excerpt, body, topic, lang, breaking, source, published_at, "
                + "updated_at, retracted_at, event_id, excerpt_derived) FROM STDIN (FORMAT csv)",
                new StringReader(chunk.articles));
            copy.copyIn("COPY stream_event (id, kind, article_id, topics, payload, created_at) FROM STDIN "
                + "(FORMAT csv)", new StringReader(chunk.events));
            copy.copyIn("COPY article_revision (article_id, event_id, editor_id, editor_name, kind, changes, at) "
                + "FROM STDIN (FORMAT csv)", new StringReader(chunk.revisions));
            c.commit();
          }
        } catch (Exception e) {
          failed.compareAndSet(null, e);
          queue.clear();
        }
      }, "archive-copy-" + w);
      t.start();
      threads.add(t);
    }
    long event = 0;
    long t0 = System.nanoTime();
    for (int from = 0; from < count && failed.get() == null; from += CHUNK) {
      StringBuilder articles = new StringBuilder();
      StringBuilder events = new StringBuilder();
      StringBuilder revisions = new StringBuilder();
      for (int i = from; i < Math.min(count, from + CHUNK); i++) {
        event = render(gen, i, event, articles, events, revisions);
      }
      queue.put(new Chunk(articles.toString(), events.toString(), revisions.toString()));
      if ((from / CHUNK) % 50 == 49) {
        System.out.printf("  %d articles, %.0f/s%n", from + CHUNK, (from + CHUNK) / ((System.nanoTime() - t0) / 1e9));
      }
    }
    for (int w = 0; w < workers; w++) {
      queue.put(END);
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failed.get() != null) {
      throw failed.get();
    }
    return event;
  }

  /** Appends article i's rows; returns the last event id used. */
  private static long render(ArchiveGenerator gen, int i, long lastEvent, StringBuilder articles,
      StringBuilder events, StringBuilder revisions) {
    ArchiveGenerator.Generated g = gen.article(i);
    long id = i + 1L;
    long created = lastEvent + 1;
    Article a = new Article(Long.toString(id), Slugs.of(g.title(), id), g.title(), g.excerpt(), g.body(), g.topic(),
        "ar", g.breaking(), g.source(), g.publishedAt(), g.publishedAt(), Long.toString(created), List.of(), null);
    String topics = "{" + g.topic() + "}";
    csv(events, created, "article", id, topics, Json.string(a), g.publishedAt());
    csv(revisions, id, created, null, "admin", "create", Json.string(creation(a)), g.publishedAt());
    if (!g.retracted()) {
      csv(articles, id, a.slug(), a.title(), a.excerpt(), a.body(), a.topic(), "ar", a.breaking(), a.source(),
          a.publishedAt(), a.updatedAt(), null, created, true);
      return created;
    }
    long retractId = created + 1;
    Instant at = gen.retractedAt(i);
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("id", a.id());
    payload.put("eventId", Long.toString(retractId));
    csv(events, retractId, "retract", id, topics, Json.string(payload), at);
    csv(revisions, id, retractId, null, "admin", "retract", "{\"retracted\":{\"from\":false,\"to\":true}}", at);
    csv(articles, id, a.slug(), a.title(), a.excerpt(), a.body(), a.topic(), "ar", a.breaking(), a.source(),
        a.publishedAt(), at, at, retractId, true);
    return retractId;
  }

  /** The 'create' revision's changes, as Revisions.diff(null, article) makes them. */
  private static Map<String, Map<String, Object>> creation(Article a) {
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    Object[][] fields = {{"title", a.title()}, {"excerpt", a.excerpt()}, {"body", a.body()}, {"topic", a.topic()},
        {"lang", a.lang()}, {"breaking", a.breaking()}, {"source", a.source()}};
    for (Object[] f : fields) {
      if (f[1] != null) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", null);
        change.put("to", f[1]);
        changes.put((String) f[0], change);
      }
    }
    return changes;
  }

  /** One CSV line: null as an empty unquoted field, everything else quoted. */
  private static void csv(StringBuilder out, Object... values) {
    for (int v = 0; v < values.length; v++) {
      if (v > 0) {
        out.append(',');
      }
      if (values[v] != null) {
        out.append('"').append(String.valueOf(values[v]).replace("\"", "\"\"")).append('"');
      }
    }
    out.append('\n');
  }
}
