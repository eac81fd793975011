package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.function.Predicate;
import news.akhbar.support.AppTest;
import news.akhbar.support.LiveCoverage;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The front page and the list API mark a story whose live coverage runs ("مباشر", a link to its live page). */
class FrontPageLiveMarkTest extends AppTest {

  private JsonObject story;
  private JsonObject other;
  private String liveUrl;

  @BeforeEach
  void publishStories() {
    story = app.published(TestApp.article("انفجار في مرفأ المدينة").put("breaking", true));
    other = app.published(TestApp.article("افتتاح معرض الكتاب"));
    liveUrl = "/live/" + java.net.URLEncoder.encode(story.getString("slug"), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void startingACoverageMarksTheStoryInTheListAndTheBanner() {
    LiveCoverage.start(app, story.getString("id"));

    Document doc = frontPage(0, d -> d.selectFirst("#latest .live-mark") != null);
    Element item = doc.selectFirst("#latest > li[data-id=" + story.getString("id") + "]");
    Element mark = item.selectFirst(".headline .live-mark");
    assertEquals("مباشر", mark.text());
    assertEquals(liveUrl, mark.attr("href"));
    assertNull(doc.selectFirst("#latest > li[data-id=" + other.getString("id") + "] .live-mark"));
    assertEquals(other.getString("id"), doc.selectFirst("#lead").attr("data-id"), "the banner's story does not lead");
    assertTrue(doc.selectFirst("#lead .lead-kicker").hasAttr("hidden"), "the lead's own story is not live");
    assertShown(doc.selectFirst("#breaking .live-mark"));
    assertEquals(liveUrl, doc.selectFirst("#breaking .live-mark").attr("href"));

    JsonObject stateItem = RenderedPage.state(doc).getJsonArray("items").getJsonObject(1);
    assertEquals(story.getString("id"), stateItem.getString("id"));
    assertEquals(liveUrl, stateItem.getString("liveUrl"));
    JsonArray api = app.get("/api/v1/articles").bodyAsJsonObject().getJsonArray("items");
    assertEquals(true, api.getJsonObject(1).getBoolean("live"));
    assertEquals(liveUrl, api.getJsonObject(1).getString("liveUrl"));
    assertFalse(api.getJsonObject(0).containsKey("live"), "a story without coverage is as before");
  }

  @Test
  void endingTheCoverageTakesTheMarkAway() {
    String coverageId = LiveCoverage.start(app, story.getString("id")).getString("id");
    frontPage(0, d -> d.selectFirst("#latest .live-mark") != null);

    LiveCoverage.end(app, coverageId);

    Document doc = frontPage(0, d -> d.selectFirst("#latest .live-mark") == null);
    assertTrue(doc.selectFirst("#lead .live-mark").hasAttr("hidden"));
    assertTrue(doc.selectFirst("#breaking .live-mark").hasAttr("hidden"));
    assertFalse(app.get("/api/v1/articles").bodyAsJsonObject().getJsonArray("items").getJsonObject(1)
        .containsKey("live"));
  }

  @Test
  void anInstanceStartedLaterMarksTheStoryFromItsStartUpSnapshot() {
    LiveCoverage.start(app, other.getString("id"));
    int later = app.startInstance();

    Document doc = frontPage(later, d -> true);
    String otherUrl = "/live/" + java.net.URLEncoder.encode(other.getString("slug"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(otherUrl, doc.selectFirst("#latest > li[data-id=" + other.getString("id") + "] .live-mark")
        .attr("href"));
    assertEquals(other.getString("id"), doc.selectFirst("#lead").attr("data-id"));
    assertShown(doc.selectFirst("#lead .live-mark"));
  }

  @Test
  void anotherArticlesPageMarksTheLiveStoryInItsBannerAndItsList() {
    LiveCoverage.start(app, story.getString("id"));
    frontPage(0, d -> d.selectFirst("#latest .live-mark") != null);

    Document doc = Jsoup.parse(app.get(ArticlePageTest.path(other.getString("slug"))).bodyAsString());

    Element item = doc.selectFirst("li[data-id=" + story.getString("id") + "]");
    assertEquals(liveUrl, item.selectFirst(".live-mark").attr("href"));
    assertNull(doc.selectFirst("li[data-id=" + other.getString("id") + "] .live-mark"));
    assertShown(doc.selectFirst("#breaking .live-mark"));
    JsonArray state = RenderedPage.state(doc).getJsonArray("items");
    assertEquals(liveUrl, state.getJsonObject(1).getString("liveUrl"));
  }

  /** The front page of an instance once it satisfies the condition (the fan-out is asynchronous), at most 5 s. */
  private Document frontPage(int instance, Predicate<Document> ready) {
    long until = System.currentTimeMillis() + 5_000;
    Document doc = Jsoup.parse(app.get(instance, "/").bodyAsString());
    while (!ready.test(doc) && System.currentTimeMillis() < until) {
      doc = Jsoup.parse(app.get(instance, "/").bodyAsString());
    }
    assertTrue(ready.test(doc), "the front page never got there:\n" + doc.select("#latest").outerHtml());
    return doc;
  }

  private static void assertShown(Element mark) {
    assertFalse(mark.hasAttr("hidden"), mark.outerHtml());
    assertFalse(mark.parent().hasAttr("hidden"), mark.parent().outerHtml());
  }
}
