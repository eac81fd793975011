package news.akhbar.latest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class ListPagingTest extends AppTest {

  @Test
  void pagingWhileEditorsPostNeverRepeatsOrSkipsAnItem() throws Exception {
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      before.add(0, app.post(TestApp.article("خبر سابق رقم " + i)).bodyAsJsonObject().getString("id"));
    }
    ExecutorService editor = Executors.newSingleThreadExecutor();
    Future<List<String>> posted = editor.submit(() -> {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        ids.add(app.post(TestApp.article("خبر جديد أثناء التصفح " + i)).bodyAsJsonObject().getString("id"));
      }
      return ids;
    });

    List<String> seen = new ArrayList<>();
    String cursor = "";
    do {
      JsonObject page = app.get("/api/v1/articles?limit=3&before=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))
          .bodyAsJsonObject();
      page.getJsonArray("items").forEach(item -> seen.add(((JsonObject) item).getString("id")));
      cursor = page.getString("next");
    } while (cursor != null);
    List<String> during = posted.get(30, TimeUnit.SECONDS);
    editor.shutdown();

    assertEquals(seen.size(), new HashSet<>(seen).size(), "an item was shown twice: " + seen);
    assertTrue(seen.containsAll(before), "an item older than the first page was skipped: " + seen);
    Set<String> allowed = new HashSet<>(before);
    allowed.addAll(during);
    assertTrue(allowed.containsAll(seen));
    List<String> descending = seen.stream().sorted((a, b) -> Long.compare(Long.parseLong(b), Long.parseLong(a)))
        .toList();
    assertEquals(descending, seen, "not newest first");
  }

  @Test
  void filtersLimitTheListAndTheLastPageHasNoNext() {
    app.post(TestApp.article("مباراة القمة").put("topic", "sports"));
    app.post(TestApp.article("عاجل: هزة أرضية").put("topic", "news").put("breaking", true));
    app.post(TestApp.article("Markets open higher").put("topic", "economy").put("lang", "en"));

    JsonArray sports = app.get("/api/v1/articles?topic=sports").bodyAsJsonObject().getJsonArray("items");
    JsonArray breaking = app.get("/api/v1/articles?breaking=true").bodyAsJsonObject().getJsonArray("items");
    JsonObject english = app.get("/api/v1/articles?lang=en&limit=1").bodyAsJsonObject();

    assertEquals("مباراة القمة", sports.getJsonObject(0).getString("title"));
    assertEquals(1, sports.size());
    assertEquals("عاجل: هزة أرضية", breaking.getJsonObject(0).getString("title"));
    assertEquals(1, breaking.size());
    assertEquals(1, english.getJsonArray("items").size());
    assertTrue(english.getString("next") != null, "a full page carries a cursor");
    assertNull(app.get("/api/v1/articles?lang=en&limit=1&before=" + english.getString("next"))
        .bodyAsJsonObject().getString("next"));
  }

  @Test
  void badLimitAndCursorAreProblemsNamingTheParameter() {
    assertEquals("limit", app.get("/api/v1/articles?limit=101").bodyAsJsonObject().getJsonArray("errors")
        .getJsonObject(0).getString("field"));
    // the document says integer: ASCII digits, as in every id and limit elsewhere (Java alone would read ٥ as 5)
    for (String limit : List.of("%D9%A5", "+5", "%EF%BC%95")) {   // Arabic-Indic five, a sign, fullwidth five
      assertEquals("limit", app.get("/api/v1/articles?limit=" + limit).bodyAsJsonObject().getJsonArray("errors")
          .getJsonObject(0).getString("field"), limit);
    }
    assertEquals("before", app.get("/api/v1/articles?before=nonsense").bodyAsJsonObject().getJsonArray("errors")
        .getJsonObject(0).getString("field"));
  }
}
