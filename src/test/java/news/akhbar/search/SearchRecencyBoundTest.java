package news.akhbar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

/**
 * A word found in very many articles ranks only its newest matches ({@link SearchStore#CANDIDATES}), so the work of
 * one search does not grow with the archive: an older article, however relevant, gives way to the newest ones.
 */
class SearchRecencyBoundTest extends AppTest {

  /** Rows go straight into the table here, past the event log that feeds the Lucene index: this is PostgreSQL's. */
  @Override
  protected java.util.Map<String, String> env() {
    return java.util.Map.of("AKHBAR_SEARCH", "postgres");
  }


  /** Rows straight into the table, one a day back from now: article g is g days old. */
  private void insert(int count, String title, String body, int daysOld) {
    app.db().execute("INSERT INTO article (slug, title, excerpt, body, topic, lang, breaking, published_at, "
        + "updated_at, event_id) SELECT 'bound-' || g || '-' || md5(random()::text), '" + title + " ' || g, "
        + "'excerpt', '" + body + "', 'general', 'en', false, now() - (g + " + daysOld + ") * interval '1 day', "
        + "now(), 0 FROM generate_series(1, " + count + ") g");
  }

  @Test
  void aVeryCommonWordRanksItsNewestMatchesNotTheWholeArchive() {
    insert(1, "harbour harbour harbour", "<p>the harbour, the harbour and the harbour again</p>", SearchStore.CANDIDATES);
    insert(SearchStore.CANDIDATES, "report", "<p>news from the harbour today</p>", -1);

    HttpResponse<Buffer> res = app.get("/api/v1/search?q=harbour&limit=50");

    assertEquals(200, res.statusCode(), res.bodyAsString());
    JsonArray items = res.bodyAsJsonObject().getJsonArray("items");
    assertEquals(50, items.size());
    for (int i = 0; i < items.size(); i++) {
      assertNotEquals("harbour harbour harbour 1", items.getJsonObject(i).getString("title"));
    }
  }

  @Test
  void theMostRelevantOfTheNewestMatchesComesFirst() {
    insert(SearchStore.CANDIDATES - 1, "report", "<p>news from the harbour today</p>", 0);
    insert(1, "harbour harbour harbour", "<p>the harbour, the harbour and the harbour again</p>", 300);

    HttpResponse<Buffer> res = app.get("/api/v1/search?q=harbour&limit=5");

    assertEquals("harbour harbour harbour 1", res.bodyAsJsonObject().getJsonArray("items").getJsonObject(0)
        .getString("title"));
  }
}
