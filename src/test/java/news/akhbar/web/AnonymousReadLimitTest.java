package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import news.akhbar.support.AppEnv;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** Searches and reads memory cannot answer are limited per client address; memory's answers are not. */
class AnonymousReadLimitTest extends AppTest {

  private static final String SEARCH = "/api/v1/search?q=bridge";

  @Test
  @AppEnv("AKHBAR_SEARCHES_PER_MINUTE=3")
  void searchesOverTheBudgetGet429WithRetryAfterAndAnotherAddressKeepsItsOwn(Vertx vertx) {
    for (int i = 0; i < 5; i++) {
      assertEquals(400, app.get("/api/v1/search?q=").statusCode(), "a refused search costs nothing");
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(200, app.get(SEARCH).statusCode());
    }
    assertTooMany(app.get(SEARCH), "3 searches a minute");

    WebClient other = WebClient.create(vertx, new WebClientOptions().setLocalAddress("127.0.0.2"));
    try {
      HttpResponse<Buffer> fromElsewhere = Await.of(other.get(app.port(), "127.0.0.1", SEARCH).send());
      assertEquals(200, fromElsewhere.statusCode(), "127.0.0.2 has a budget of its own");
    } finally {
      other.close();
    }
  }

  @Test
  @AppEnv({"AKHBAR_SEARCHES_PER_MINUTE=2", "AKHBAR_TRUST_FORWARDED=true"})
  void behindATrustedProxyTheEntryItAddedIsTheClientWhateverWasForgedBeforeIt() {
    assertEquals(200, search("203.0.113.7").statusCode());
    assertEquals(200, search("198.51.100.1, 203.0.113.7").statusCode());
    assertTooMany(search("198.51.100.2, 203.0.113.7"), "2 searches a minute");
    assertEquals(200, search("203.0.113.8").statusCode(), "another reader behind the same proxy");
  }

  @Test
  @AppEnv({"AKHBAR_COLD_READS_PER_MINUTE=2", "AKHBAR_HOT_ARTICLES=2", "AKHBAR_HOT_PER_TOPIC=2"})
  void readsMemoryCannotAnswerAreLimitedAndMemorysAnswersAreNot() {
    for (int i = 1; i <= 4; i++) {
      assertEquals(201, app.post(TestApp.article("خبر رقم " + i)).statusCode());
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(200, app.get("/api/v1/articles?limit=2").statusCode(), "the newest two are in memory");
      assertEquals(200, app.get("/api/v1/articles/4").statusCode(), "the newest article is in memory");
    }
    assertEquals(200, app.get("/api/v1/articles?limit=100").statusCode());
    assertEquals(200, app.get("/api/v1/articles/1").statusCode());
    assertTooMany(app.get("/api/v1/articles/1"), "2 reads of older news a minute");
    assertTooMany(app.get("/api/v1/articles?limit=100"), "2 reads of older news a minute");
    assertEquals(200, app.get("/api/v1/articles?limit=2").statusCode(), "memory still answers");
  }

  @Test
  @AppEnv("AKHBAR_SEARCHES_PER_MINUTE=2")
  void theFrontPagesSearchBoxCostsTheSameBudget() {
    assertEquals(200, app.get(SEARCH).statusCode());
    assertEquals(200, app.get("/?q=bridge").statusCode());
    assertTooMany(app.get("/?q=bridge"), "2 searches a minute");
    assertTooMany(app.get(SEARCH), "2 searches a minute");
  }

  @Test
  @AppEnv({"AKHBAR_COLD_READS_PER_MINUTE=3", "AKHBAR_HOT_ARTICLES=2", "AKHBAR_HOT_PER_TOPIC=2"})
  void pagesAndFeedsMemoryCannotAnswerCostTheColdReadBudget() {
    for (int i = 1; i <= 4; i++) {
      app.published(TestApp.article("خبر رقم " + i));   // memory keeps the newest two
    }
    for (int i = 0; i < 5; i++) {
      assertEquals(200, app.get("/api/v1/articles?limit=2").statusCode(), "the newest two are in memory");
    }
    assertEquals(404, app.get("/a/no-such-article").statusCode(), "an unknown page asks the store");
    assertEquals(200, app.get("/feed.atom").statusCode(), "a feed of more than memory holds");
    assertEquals(200, app.get("/").statusCode(), "a front page of more than memory holds");
    assertTooMany(app.get("/a/no-such-article"), "3 reads of older news a minute");
    assertTooMany(app.get("/feed.json"), "3 reads of older news a minute");
    assertTooMany(app.get("/?topic=general"), "3 reads of older news a minute");
    assertEquals(200, app.get("/api/v1/articles?limit=2").statusCode(), "memory still answers");
    String counted = app.get("/metrics").bodyAsString().lines()
        .filter(l -> l.startsWith("akhbar_reads_total{from=\"store\"")).findFirst().orElse("");
    assertTrue(counted.endsWith(" 3.0"), "every read that asked the store is counted: " + counted);
  }

  private HttpResponse<Buffer> search(String forwardedFor) {
    return Await.of(app.web().get(app.port(), "127.0.0.1", SEARCH).putHeader("X-Forwarded-For", forwardedFor)
        .send());
  }

  private static void assertTooMany(HttpResponse<Buffer> res, String limit) {
    assertEquals(429, res.statusCode(), res.bodyAsString());
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"));
    assertEquals("https://akhbar.news/problems/too-many-requests", res.bodyAsJsonObject().getString("type"));
    assertTrue(res.bodyAsJsonObject().getString("detail").contains(limit), res.bodyAsString());
    int retryAfter = Integer.parseInt(res.getHeader("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
  }
}
