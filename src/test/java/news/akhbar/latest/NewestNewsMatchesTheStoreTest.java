package news.akhbar.latest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * The newest news in memory answers exactly what the store would: after every write of a random run of publishes,
 * edits (title, topic, breaking) and retractions, each list a reader can ask for, first and second page, equals the
 * store's own query, article for article and version for version. Small shelves, so floors rise, shelves run low
 * and are refilled, and second pages fall to the store.
 */
class NewestNewsMatchesTheStoreTest extends AppTest {

  private static final String[] TOPICS = {"economy", "sports", "culture"};

  private int firstPages;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_HOT_ARTICLES", "6", "AKHBAR_HOT_PER_TOPIC", "4", "AKHBAR_WRITES_PER_MINUTE", "10000");
  }

  @Test
  void everyListAfterEveryWriteEqualsTheStoresAnswer() throws Exception {
    Random random = new Random(42);
    List<String> live = new ArrayList<>();
    for (int step = 0; step < 90; step++) {
      int op = live.size() < 4 ? 0 : random.nextInt(10);
      if (op < 5) {
        JsonObject a = TestApp.article("خبر رقم " + step).put("topic", TOPICS[random.nextInt(3)])
            .put("breaking", random.nextInt(4) == 0);
        live.add(app.post(a).bodyAsJsonObject().getString("id"));
      } else if (op < 8) {
        String id = live.get(random.nextInt(live.size()));
        JsonObject change = random.nextBoolean() ? new JsonObject().put("topic", TOPICS[random.nextInt(3)])
            : new JsonObject().put("title", "عنوان معدل في الخطوة " + step).put("breaking", random.nextBoolean());
        assertEquals(200, app.patch(id, change).statusCode());
      } else {
        String id = live.remove(random.nextInt(live.size()));
        assertEquals(200, app.retract(id).statusCode());
      }
      assertListsMatch(step);
    }
    double memory = reads("memory");
    double store = reads("store");
    assertTrue(memory >= 0.9 * firstPages, "memory answered " + memory + " of " + firstPages
        + " first pages (the store " + store + " reads)");
    assertTrue(store > 0, "no read went to the store: the older pages were not tested");
  }

  /** akhbar_reads_total{from=...} as /metrics reports it. */
  private double reads(String from) {
    for (String line : app.get("/metrics").bodyAsString().split("\n")) {
      if (line.startsWith("akhbar_reads_total{from=\"" + from + "\"")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    throw new AssertionError("no akhbar_reads_total for " + from);
  }

  private void assertListsMatch(int step) throws SQLException {
    for (String query : List.of("limit=5", "limit=3&topic=economy", "limit=2&topic=sports", "limit=3&topic=culture",
        "limit=2&breaking=true", "limit=4&topic=economy&breaking=false")) {
      JsonObject first = app.get("/api/v1/articles?" + query).bodyAsJsonObject();
      firstPages++;
      assertEquals(store(query, null), versions(first.getJsonArray("items")), "step " + step + ": " + query);
      String next = first.getString("next");
      if (next != null) {
        JsonObject second = app.get("/api/v1/articles?" + query + "&before=" + URLEncoder.encode(next,
            StandardCharsets.UTF_8)).bodyAsJsonObject();
        assertEquals(store(query, first.getJsonArray("items")), versions(second.getJsonArray("items")),
            "step " + step + ", second page: " + query);
      }
    }
  }

  /** id:title:topic:breaking of each item, as the reader sees them. */
  private static List<String> versions(JsonArray items) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonObject a = items.getJsonObject(i);
      out.add(a.getString("id") + ":" + a.getString("title") + ":" + a.getString("topic") + ":"
          + a.getBoolean("breaking"));
    }
    return out;
  }

  /** The store's own answer: the page after the given first page (null for the first page). */
  private List<String> store(String query, JsonArray firstPage) throws SQLException {
    Map<String, String> q = new java.util.HashMap<>();
    for (String pair : query.split("&")) {
      q.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    int limit = Integer.parseInt(q.get("limit"));
    StringBuilder sql = new StringBuilder("SELECT id, title, topic, breaking FROM article WHERE retracted_at IS NULL");
    List<Object> args = new ArrayList<>();
    if (q.containsKey("topic")) {
      sql.append(" AND topic = ?");
      args.add(q.get("topic"));
    }
    if (q.containsKey("breaking")) {
      sql.append(" AND breaking = ?");
      args.add(Boolean.parseBoolean(q.get("breaking")));
    }
    if (firstPage != null) {
      sql.append(" AND (published_at, id) < (SELECT published_at, id FROM article WHERE id = ?)");
      args.add(Long.parseLong(firstPage.getJsonObject(firstPage.size() - 1).getString("id")));
    }
    sql.append(" ORDER BY published_at DESC, id DESC LIMIT ").append(limit);
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + app.db().name(), "root", "");
         PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getString(3) + ":" + rs.getBoolean(4));
        }
      }
      return out;
    }
  }
}
