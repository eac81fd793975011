package news.akhbar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.article.Excerpts;
import news.akhbar.support.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Lucene index itself (no PostgreSQL to fall back on) gives the same answers as the SQL search to every query
 * of search/queries.csv over search/corpus.json, keeps PostgreSQL's recency bound, and takes any text as plain words.
 */
class LuceneArabicEquivalenceTest {

  private static final ArabicAnalyzer ANALYZER = new ArabicAnalyzer();
  private static final Map<String, String> keys = new HashMap<>();
  private static Path dir;
  private static LuceneIndex index;

  @BeforeAll
  static void indexCorpus() throws IOException {
    dir = Files.createTempDirectory("akhbar-search-test-");
    index = LuceneIndex.open(dir, ANALYZER);
    JsonArray corpus;
    try (InputStream in = LuceneArabicEquivalenceTest.class.getResourceAsStream("/search/corpus.json")) {
      corpus = new JsonArray(Buffer.buffer(in.readAllBytes()));
    }
    Instant now = Instant.parse("2026-12-03T12:00:00Z");
    for (int i = 0; i < corpus.size(); i++) {
      JsonObject a = corpus.getJsonObject(i);
      String id = Integer.toString(i + 1);
      keys.put(id, a.getString("key"));
      index.put(article(id, a.getString("title"), a.getString("body"), now.plusSeconds(i)));
    }
    index.remove(keys.entrySet().stream().filter(e -> e.getValue().equals("retracted")).findFirst().get().getKey());
    index.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
    TestFiles.deleteTree(dir);
  }

  @ParameterizedTest(name = "[{index}] {0} finds {1}: {2}")
  @CsvFileSource(resources = "/search/queries.csv", delimiter = '|', quoteCharacter = '\'')
  void queryFindsTheExpectedArticlesBestFirst(String query, String expected, String covers) throws IOException {
    List<String> found = search(query, 20);
    List<String> wanted = Arrays.asList(expected.split(" "));

    assertTrue(found.containsAll(wanted), covers + ": " + query + " found " + found + ", wanted " + wanted);
    assertEquals(wanted.get(0), found.get(0), covers + ": " + query + " ranked " + found);
  }

  @Test
  void aRemovedArticleIsNeverFound() throws IOException {
    assertTrue(search("خبر مسحوب القمح", 20).stream().noneMatch("retracted"::equals));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "\"", ":", "(", "~", "وزير*", "title:وزير", "(وزير", "وزير~2", "\"قناة السويس",
      "-", "- -", "ًٌٍَُِّْ", "!!! ... ؟؟", "\u0000", "AND OR NOT", "or", "-وزير", "[a TO z]", "وزير^5", "\\"})
  void anyTextIsPlainWordsAndNeverAnError(String query) throws IOException {
    SearchWords words = SearchWords.parse(query, ANALYZER);
    if (words.query() != null) {
      index.search(words, 20);
    }
  }

  @Test
  void syntaxCharactersAroundAWordStillFindIt() throws IOException {
    for (String query : List.of("وزير*", "(وزير)", "وزير~", "وزير:", "+وزير", "\"وزير", "وزير!")) {
      assertEquals("ankara", search(query, 20).get(0), query);
    }
  }

  @Test
  void aVeryLongQueryCountsItsFirstWordsOnly() throws IOException {
    String query = "قمح ".repeat(2_500);
    assertEquals(List.of("wheat"), search(query, 20));
  }

  @Test
  void onlyDiacriticsOrOnlyPunctuationFindNothing() {
    assertEquals(null, SearchWords.parse("ًٌٍَُِّْ", ANALYZER).query());
    assertEquals(null, SearchWords.parse("*:()~\"-", ANALYZER).query());
  }

  @Test
  void aWordInVeryManyArticlesRanksOnlyItsNewestMatches() throws IOException {
    Path other = Files.createTempDirectory("akhbar-search-test-");
    try (LuceneIndex bound = LuceneIndex.open(other, ANALYZER)) {
      Instant now = Instant.now();
      bound.put(article("1", "harbour harbour harbour", "<p>the harbour, the harbour again</p>",
          now.minusSeconds(86_400L * (LuceneIndex.CANDIDATES + 1))));
      for (int i = 0; i < LuceneIndex.CANDIDATES; i++) {
        bound.put(article(Integer.toString(i + 2), "report " + i, "<p>news from the harbour today</p>",
            now.minusSeconds(86_400L * i)));
      }
      bound.refresh();
      List<LuceneIndex.Ranked> hits = bound.search(SearchWords.parse("harbour", ANALYZER), 50);
      assertEquals(50, hits.size());
      hits.forEach(hit -> assertNotEquals("1", hit.article().id()));

      bound.remove("2");
      bound.refresh();
      assertEquals("1", bound.search(SearchWords.parse("harbour", ANALYZER), 5).get(0).article().id(),
          "among the newest matches the most relevant comes first");
    } finally {
      TestFiles.deleteTree(other);
    }
  }

  private static List<String> search(String query, int limit) throws IOException {
    SearchWords words = SearchWords.parse(query, ANALYZER);
    if (words.query() == null) {
      return List.of();
    }
    return index.search(words, limit).stream().map(hit -> keys.get(hit.article().id())).toList();
  }

  private static Article article(String id, String title, String body, Instant at) {
    return new Article(id, "slug-" + id, title, Excerpts.fromBody(body), body, "general", "ar", false, null, at, at,
        id, null, null);
  }
}
