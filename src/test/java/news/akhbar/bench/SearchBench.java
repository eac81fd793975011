package news.akhbar.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.app.Database;
import news.akhbar.search.SearchStore;
import news.akhbar.support.TestDatabase;

/**
 * Not a unit test: times the search query over 100,000 synthetic Arabic articles in a throwaway database, dropped
 * afterwards. Run: mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=news.akhbar.bench.SearchBench [-Dexec.args=100000]
 */
public final class SearchBench {

  private static final String[] QUERIES = {"وزير الخارجية", "انقرة", "امطار غزيرة", "مستشفي", "2025", "٢٠٢٥",
      "مسئول", "القمح", "الاسكندرية", "Erdogan", "metro", "\"قناة السويس\"", "موازنه", "الزيتون فلسطين",
      "اللاعبين", "مخطوطات", "الحرارة", "اطفال", "صاروخ", "المنتخب الوطني"};

  private SearchBench() {
  }

  public static void main(String[] args) throws SQLException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String name = "akhbar_bench_" + System.currentTimeMillis();
    Database.prepare(Database.options(TestDatabase.SERVER + "/" + name));
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "root", "")) {
      long t0 = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute(fill(rows));
        s.execute("ANALYZE article");
      }
      System.out.printf("inserted %d articles in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
      List<Double> times = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + searchSql())) {
        for (String q : QUERIES) {
          p.setString(1, q);
          p.setString(2, q);
          p.setInt(3, 20);
          p.executeQuery().close();
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            String plan = rs.getString(1);
            double ms = Double.parseDouble(plan.replaceAll("(?s).*\"Execution Time\": ([0-9.]+).*", "$1"));
            times.add(ms);
            System.out.printf("%-20s %8.2f ms%n", q, ms);
          }
        }
      }
      times.sort(Double::compare);
      System.out.printf("median %.2f ms, p95 %.2f ms, max %.2f ms over %d queries%n", times.get(times.size() / 2),
          times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1), times.size());
    } finally {
      TestDatabase.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static String searchSql() {
    try {
      var field = SearchStore.class.getDeclaredField("SQL");
      field.setAccessible(true);
      return ((String) field.get(null)).replace("$1", "?").replace("$2", "?"); // $1 twice, then $2
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One INSERT ... SELECT: news words (some with tashkeel or tatweel) among filler words, at random. */
  private static String fill(int rows) {
    String words = "'{وزير,الخارجية,أنقرة,أمطار,غزيرة,مستشفى,الأطفال,موازنة,٢٠٢٥,2025,مسؤول,القمح,الإسكندرية,Erdoğan,"
        + "metro,قناة,السويس,الزيتون,فلسطين,اللاعبين,المنتخب,الوطني,مخطوطات,الحرارة,صاروخ,الفضاء,البرلمان,"
        + "الحكومة,الاقتصاد,الأسواق,النفط,الذهب,المدرسة,الجامعة,الطلاب,المزارعون,الكهرباء,المياه,الطرق,"
        + "المدينة,القرية,العاصمة,الرئيس,الشرطة,المحكمة,وَزِيرُ,الصِّحَّة,مدينـــة,والمدرب,بالملعب}'::text[]";
    StringBuilder title = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      title.append(i == 0 ? "" : " || ' ' || ").append(word(0.4));
    }
    for (int i = 0; i < 40; i++) {
      body.append(i == 0 ? "" : " || ' ' || ").append(word(0.1));
    }
    return "WITH v AS (SELECT " + words + " AS w) INSERT INTO article (slug, title, excerpt, body, topic, lang, "
        + "breaking, source, published_at, updated_at, event_id) SELECT 'bench-' || g, t, left(b, 120), "
        + "'<p>' || b || '</p>', (ARRAY['politics','economy','sports','culture'])[1 + g % 4], 'ar', false, "
        + "'وكالة', now() - g * interval '1 minute', now() - g * interval '1 minute', g "
        + "FROM v, generate_series(1, " + rows + ") g, "
        + "LATERAL (SELECT " + title + " AS t, " + body + " AS b WHERE g > 0) x";
  }

  /** A vocabulary word with the given probability, else one of 20,000 letter-only filler words. */
  private static String word(double real) {
    return "CASE WHEN random() < " + real + " THEN w[1 + floor(random() * array_length(w, 1))::int] "
        + "ELSE translate((10000 + floor(random() * 20000))::int::text, '0123456789', 'بتثجحخدذرز') END";
  }
}
