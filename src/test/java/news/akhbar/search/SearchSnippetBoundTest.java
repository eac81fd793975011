package news.akhbar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpResponse;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

/** Snippets are looked for in a bounded start of each body, so long bodies cannot make one search expensive. */
class SearchSnippetBoundTest extends AppTest {

  /** Rows go straight into the table here, past the event log that feeds the Lucene index: this is PostgreSQL's. */
  @Override
  protected java.util.Map<String, String> env() {
    return java.util.Map.of("AKHBAR_SEARCH", "postgres");
  }


  /** Rows straight into the table: the API's body limit is in bytes, this is about characters. */
  private void insert(int count, String body) {
    app.db().execute("INSERT INTO article (slug, title, excerpt, body, topic, lang, breaking, published_at, "
        + "updated_at, event_id) SELECT 'long-' || g || '-' || md5(random()::text), 'report ' || g, 'excerpt', '"
        + body + "', 'general', 'en', false, now(), now(), 0 FROM generate_series(1, " + count + ") g");
  }

  @Test
  void aSearchOverTwentyBodiesOfAbout200000CharactersAnswersQuicklyWithMarkedSnippets() {
    insert(20, "<p>the harbour minister said the new bridge opens soon.</p>".repeat(3_389));
    long start = System.nanoTime();
    HttpResponse<Buffer> res = app.get("/api/v1/search?q=minister&limit=50");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(200, res.statusCode(), res.bodyAsString());
    JsonArray items = res.bodyAsJsonObject().getJsonArray("items");
    assertEquals(20, items.size());
    for (int i = 0; i < items.size(); i++) {
      assertTrue(items.getJsonObject(i).getString("snippet").contains("<mark>minister</mark>"),
          items.getJsonObject(i).getString("snippet"));
    }
    assertTrue(millis < 5_000, "the search took " + millis + " ms");
  }

  @Test
  void aHitFurtherInThanTheSnippetTextIsFoundAndShowsTheBodysStart() {
    insert(1, "<p>" + "filler words only here ".repeat(500) + "zanzibar</p>");
    HttpResponse<Buffer> res = app.get("/api/v1/search?q=zanzibar");
    assertEquals(200, res.statusCode(), res.bodyAsString());
    JsonArray items = res.bodyAsJsonObject().getJsonArray("items");
    assertEquals(1, items.size(), "the hit is found through the full index");
    String snippet = items.getJsonObject(0).getString("snippet");
    assertTrue(snippet.startsWith("filler words only here"), snippet);
    assertFalse(snippet.contains("<"), "no mark, and no tag cut in two: " + snippet);
  }
}
