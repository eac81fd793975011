package news.akhbar.search;

import static news.akhbar.search.SearchIndexFreshnessTest.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** Whatever a reader types reaches the index as plain words: results or nothing, never a 500. */
class SearchIndexBadInputTest extends AppTest {

  private static final List<String> QUERIES = List.of("*", "\"", ":", "(", "~", "وزير*", "title:وزير", "(وزير",
      "وزير~2", "\"قناة السويس", "-", "ًٌٍَُِّْ", "!!! ... ؟؟", "AND OR NOT", "[a TO z]",
      "وزير^5", "\\", "/", "a".repeat(SearchRoutes.MAX_QUERY_CHARS), "وزير ".repeat(40).strip(), "ي", "Cairo القاهرة");

  @Test
  void syntaxCharactersDiacriticsPunctuationAndLongQueriesAnswer200() {
    String id = app.published(TestApp.article("وزير الخارجية يصل إلى القاهرة")).getString("id");
    assertTrue(Eventually.within(30, () -> status(app, 0).ready() && status(app, 0).documents() == 1));

    for (String q : QUERIES) {
      HttpResponse<Buffer> res = app.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertEquals(200, res.statusCode(), q + ": " + res.bodyAsString());
    }
    HttpResponse<Buffer> starred = app.get("/api/v1/search?q=" + URLEncoder.encode("(وزير*)", StandardCharsets.UTF_8));
    assertEquals(id, starred.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("id"));
  }

  @Test
  void aQueryTooLongOrHoldingNulIsABadRequestNamingQ() {
    for (String q : List.of("ب".repeat(SearchRoutes.MAX_QUERY_CHARS + 1), "وزير\u0000")) {
      HttpResponse<Buffer> res = app.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertEquals(400, res.statusCode());
      assertEquals("q", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
  }
}
