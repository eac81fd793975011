package news.akhbar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Arabic-aware search over a small original corpus (src/test/resources/search/corpus.json) posted through the API;
 * every normalisation has queries in search/queries.csv.
 */
@ExtendWith(VertxExtension.class)
class ArabicSearchTest {

  private static TestApp app;
  private static final Map<String, String> ids = new HashMap<>();
  private static final Map<String, String> keys = new HashMap<>();

  @BeforeAll
  static void publishCorpus(Vertx vertx) throws IOException {
    app = TestApp.start(vertx);
    JsonArray corpus;
    try (InputStream in = ArabicSearchTest.class.getResourceAsStream("/search/corpus.json")) {
      corpus = new JsonArray(Buffer.buffer(in.readAllBytes()));
    }
    for (int i = 0; i < corpus.size(); i++) {
      JsonObject article = corpus.getJsonObject(i).copy();
      String key = (String) article.remove("key");
      HttpResponse<Buffer> posted = app.post(article);
      assertEquals(201, posted.statusCode(), posted.bodyAsString());
      ids.put(key, posted.bodyAsJsonObject().getString("id"));
      keys.put(posted.bodyAsJsonObject().getString("id"), key);
    }
    assertEquals(200, app.retract(ids.get("retracted")).statusCode());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @ParameterizedTest(name = "[{index}] {0} finds {1}: {2}")
  @CsvFileSource(resources = "/search/queries.csv", delimiter = '|', quoteCharacter = '\'')
  void queryFindsTheExpectedArticlesBestFirst(String query, String expected, String covers) {
    List<String> found = search(query, 20).getJsonArray("items").stream()
        .map(item -> keys.get(((JsonObject) item).getString("id"))).toList();
    List<String> wanted = Arrays.asList(expected.split(" "));

    assertTrue(found.containsAll(wanted), covers + ": " + query + " found " + found + ", wanted " + wanted);
    assertEquals(wanted.get(0), found.get(0), covers + ": " + query + " ranked " + found);
  }

  @Test
  void retractedArticlesAreNeverFound() {
    List<String> found = search("خبر مسحوب القمح", 20).getJsonArray("items").stream()
        .map(item -> ((JsonObject) item).getString("id")).toList();
    assertFalse(found.contains(ids.get("retracted")), found.toString());
    assertTrue(search("القمح", 20).getJsonArray("items").stream()
        .noneMatch(item -> ((JsonObject) item).getString("id").equals(ids.get("retracted"))));
  }

  @Test
  void snippetMarksTheMatchedWordsInTheirOriginalSpelling() {
    JsonObject result = search("مسبار قمر", 5);
    JsonObject first = result.getJsonArray("items").getJsonObject(0);

    assertEquals(ids.get("moon"), first.getString("id"));
    assertEquals("مسبار قمر", result.getString("query"));
    String snippet = first.getString("snippet");
    assertTrue(snippet.contains("<mark>المسبار</mark>"), snippet);
    assertTrue(snippet.contains("<mark>القمر</mark>"), snippet);
    assertFalse(snippet.contains("<p>"), snippet);
    assertEquals("وكالة الفضاء تطلق مسبارًا نحو القمر", first.getString("title"));
    assertTrue(first.getString("slug").startsWith("وكالة-الفضاء"), first.getString("slug"));
  }

  @Test
  void snippetHighlightsADiacritisedWordForAPlainQuery() {
    String snippet = search("الثاني عشر", 5).getJsonArray("items").getJsonObject(0).getString("snippet");
    assertTrue(snippet.contains("<mark>الثاني</mark> <mark>عشر.</mark>"), snippet);
  }

  @Test
  void limitCapsTheResultsAndAnUnknownWordFindsNothing() {
    assertEquals(1, search("امطار", 1).getJsonArray("items").size());
    assertEquals(0, search("زلزال", 20).getJsonArray("items").size());
  }

  @Test
  void missingOrBlankQueryIsABadRequestNamingQ() {
    for (String uri : List.of("/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20%20")) {
      HttpResponse<Buffer> res = app.get(uri);
      assertEquals(400, res.statusCode(), uri);
      assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"));
      assertEquals("q", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    for (String limit : List.of("0", "%D9%A5", "+5")) {   // out of range, an Arabic-Indic five, a sign
      HttpResponse<Buffer> badLimit = app.get("/api/v1/search?q=x&limit=" + limit);
      assertEquals("limit", badLimit.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"),
          limit);
    }
  }

  private static JsonObject search(String q, int limit) {
    HttpResponse<Buffer> res = Await.of(app.web().get(app.port(), "127.0.0.1", "/api/v1/search")
        .addQueryParam("q", q).addQueryParam("limit", Integer.toString(limit)).send(), 10);
    assertEquals(200, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject();
  }
}
