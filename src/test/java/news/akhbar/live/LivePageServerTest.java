package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.akhbar.json.Json;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The live page (/live/{slug}) as the server renders it, read over plain HTTP as a crawler would. */
class LivePageServerTest extends LiveAppTest {

  @Test
  void pinnedEntryLeadsAndTheOthersFollowNewestFirstWithPermalinksAndAuthors() {
    String first = desk.entry(coverageId, new JsonObject().put("title", "بداية").put("body", "<p>الأول</p>"))
        .getString("id");
    String second = desk.entry(coverageId, "<p>الثاني</p>").getString("id");
    String third = desk.entry(coverageId, "<p>الثالث <strong>مهم</strong></p>").getString("id");
    assertEquals(200, desk.patch(coverageId, first, new JsonObject().put("pinned", true)).statusCode());

    HttpResponse<Buffer> res = app.get(path());

    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals("text/html; charset=utf-8", res.getHeader("Content-Type"));
    assertEquals("public, max-age=2", res.getHeader("Cache-Control"));
    String etag = res.getHeader("ETag");
    assertTrue(etag.startsWith("\""), "a strong ETag: " + etag);
    Document doc = Jsoup.parse(res.bodyAsString());
    assertEquals("rtl", doc.selectFirst("html").attr("dir"));
    assertEquals(List.of(first), doc.select("#pinned > article.entry").eachAttr("data-id"));
    assertFalse(doc.selectFirst("#pinned").hasAttr("hidden"));
    assertEquals(List.of(third, second), doc.select("#entries > article.entry").eachAttr("data-id"));
    Element entry = doc.getElementById("entry-" + third);
    assertEquals("#entry-" + third, entry.selectFirst("a.permalink").attr("href"));
    assertEquals("مهم", entry.selectFirst(".entry-body strong").text());
    assertFalse(entry.selectFirst(".entry-author").text().isBlank(), "the author's name shows");
    assertTrue(entry.selectFirst(".entry-title").hasAttr("hidden"), "no title, so its heading is hidden");
    assertEquals("بداية", doc.getElementById("entry-" + first).selectFirst(".entry-title").text());
    assertFalse(doc.getElementById("live-mark").hasAttr("hidden"), "a running coverage is marked live");
    assertEquals("مباشر", doc.getElementById("live-mark").text());
    JsonObject state = new JsonObject(doc.selectFirst("script#live-state").data());
    assertEquals(coverageId, state.getString("coverageId"));
    assertTrue(state.getBoolean("live"));
    assertNotNull(state.getString("lastEventId"));
    assertEquals(304, app.get(path(), Map.of("If-None-Match", etag)).statusCode());
  }

  @Test
  void pageLinksItsOwnAtomAndJsonFeeds() {
    Document doc = Jsoup.parse(app.get(path()).bodyAsString());

    String page = doc.selectFirst("link[rel=canonical]").attr("href");
    assertTrue(page.endsWith(path()), page);
    assertEquals(page + "/feed.atom", doc.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    assertEquals(page + "/feed.json", doc.selectFirst("link[rel=alternate][type=application/feed+json]").attr("href"));
    assertEquals(200, app.get(path() + "/feed.atom").statusCode());
  }

  @Test
  void keyEventsBoxLinksToTheirEntriesByTitleOrText() {
    String titled = desk.entry(coverageId, new JsonObject().put("title", "إعلان وقف إطلاق النار")
        .put("body", "<p>نص</p>").put("keyEvent", true)).getString("id");
    desk.entry(coverageId, "<p>تحديث عادي</p>");
    String untitled = desk.entry(coverageId, new JsonObject().put("body", "<p>وصول <em>الوفد</em> إلى المطار</p>")
        .put("keyEvent", true)).getString("id");

    Document doc = Jsoup.parse(app.get(path()).bodyAsString());

    assertFalse(doc.getElementById("key-events").hasAttr("hidden"));
    assertEquals(List.of(untitled, titled), doc.select("#key-list > li").eachAttr("data-id"));
    assertEquals(List.of("#entry-" + untitled, "#entry-" + titled), doc.select("#key-list a").eachAttr("href"));
    assertEquals(List.of("وصول الوفد إلى المطار", "إعلان وقف إطلاق النار"), doc.select("#key-list .key-text")
        .eachText());
  }

  @Test
  void coverageWithoutKeyEventsOrPinHidesBothBoxes() {
    desk.entry(coverageId, "<p>تحديث</p>");

    Document doc = Jsoup.parse(app.get(path()).bodyAsString());

    assertTrue(doc.getElementById("key-events").hasAttr("hidden"));
    assertTrue(doc.getElementById("pinned").hasAttr("hidden"));
    assertNull(doc.getElementById("load-more"), "one entry: nothing older to load");
  }

  @Test
  void endedCoverageShowsItsFinalStateWithoutLiveControls() {
    String entry = desk.entry(coverageId, "<p>الأخير</p>").getString("id");
    assertEquals(200, desk.end(coverageId).statusCode());

    Document doc = Jsoup.parse(app.get(path()).bodyAsString());

    assertEquals("false", doc.getElementById("content").attr("data-live"));
    assertTrue(doc.getElementById("live-mark").hasAttr("hidden"));
    assertFalse(doc.getElementById("ended-mark").hasAttr("hidden"));
    assertNotNull(doc.selectFirst(".ended-at time"));
    assertFalse(new JsonObject(doc.selectFirst("script#live-state").data()).getBoolean("live"));
    assertEquals(List.of(entry), doc.select("#entries > article.entry").eachAttr("data-id"));
    assertFalse(doc.title().startsWith("مباشر"), doc.title());
  }

  @Test
  void jsonLdIsALiveBlogPostingWithOneUpdatePerEntryShown() throws Exception {
    JsonObject a = desk.entry(coverageId, new JsonObject().put("title", "عنوان").put("body", "<p>نص <b>أول</b></p>"));
    desk.entry(coverageId, "<p>نص ثان</p>");
    String url = "http://127.0.0.1:" + app.port() + path();

    JsonNode ld = Json.MAPPER.readTree(ldOf(app.get(path()).bodyAsString()));

    assertEquals("LiveBlogPosting", ld.get("@type").asText());
    assertEquals(coverage.getString("title"), ld.get("headline").asText());
    assertNotNull(ld.get("datePublished"));
    assertNotNull(ld.get("publisher"));
    assertEquals(url, ld.get("url").asText());
    assertEquals(coverage.getString("startedAt"), ld.get("coverageStartTime").asText());
    assertNull(ld.get("coverageEndTime"), "still running");
    JsonNode updates = ld.get("liveBlogUpdate");
    assertEquals(2, updates.size());
    JsonNode oldest = updates.get(1);
    assertEquals("BlogPosting", oldest.get("@type").asText());
    assertEquals("عنوان", oldest.get("headline").asText());
    assertEquals("نص أول", oldest.get("articleBody").asText());
    assertEquals(a.getString("publishedAt"), oldest.get("datePublished").asText());
    assertEquals(url + "#entry-" + a.getString("id"), oldest.get("url").asText());

    assertEquals(200, desk.end(coverageId).statusCode());
    JsonNode ended = Json.MAPPER.readTree(ldOf(app.get(path()).bodyAsString()));
    assertEquals(coverage.getString("startedAt"), ended.get("coverageStartTime").asText(), "fixed at the start");
    assertNotNull(ended.get("coverageEndTime"));
  }

  @Test
  void olderEntriesAreAPageAwayForReadersWithoutScript() {
    String oldest = desk.entry(coverageId, "<p>الأقدم</p>").getString("id");
    for (int i = 0; i < 20; i++) {
      desk.entry(coverageId, "<p>تحديث " + i + "</p>");
    }

    Document doc = Jsoup.parse(app.get(path()).bodyAsString());

    assertEquals(20, doc.select("#entries > article.entry").size());
    String more = doc.getElementById("load-more").attr("href");
    assertTrue(more.startsWith(path() + "?before="), more);
    Document older = Jsoup.parse(app.get(more).bodyAsString());
    assertEquals(List.of(oldest), older.select("#entries > article.entry").eachAttr("data-id"));
    assertEquals(400, app.get(path() + "?before=nonsense").statusCode());
  }

  @Test
  void unknownSlugAndAnArticleWithoutCoverageAnswerAnArabic404() {
    String plain = app.published(TestApp.article("خبر بلا تغطية مباشرة")).getString("slug");

    for (String uri : List.of("/live/no-such-story", path(plain))) {
      HttpResponse<Buffer> res = app.get(uri);
      assertEquals(404, res.statusCode(), uri);
      Document doc = Jsoup.parse(res.bodyAsString());
      assertEquals("ar", doc.selectFirst("html").attr("lang"));
      assertEquals("لا توجد تغطية مباشرة", doc.selectFirst("h1").text());
    }
  }

  @Test
  void coverageOfAWithdrawnArticleAnswers410() {
    assertEquals(200, app.retract(coverage.getString("articleId")).statusCode());

    HttpResponse<Buffer> res = app.get(path());

    assertEquals(410, res.statusCode());
    assertEquals("سُحب هذا الخبر", Jsoup.parse(res.bodyAsString()).selectFirst("h1").text());
  }

  private String path() {
    return path(coverage.getString("slug"));
  }

  /** The slug percent-encoded as UTF-8, as the page links itself. */
  static String path(String slug) {
    return "/live/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String ldOf(String html) {
    return Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
  }
}
