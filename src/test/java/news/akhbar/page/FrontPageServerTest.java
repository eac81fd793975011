package news.akhbar.page;

import static news.akhbar.page.RenderedPage.ids;
import static news.akhbar.page.RenderedPage.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The front page's HTML over plain HTTP, as a crawler or a reader without JavaScript gets it. */
class FrontPageServerTest extends AppTest {

  @Test
  void frontPageCarriesTheNewestItemsAndTheStateTheScriptStartsFrom() {
    JsonObject older = app.published(TestApp.article("افتتاح مكتبة عامة جديدة في الحي القديم").put("source", "مراسلنا"));
    JsonObject breaking = app.published(TestApp.article("زلزال بقوة خمس درجات يضرب الساحل").put("breaking", true));
    JsonObject newest = app.published(TestApp.article("ارتفاع أسعار الذهب في الأسواق المحلية").put("excerpt", "مقتطف قصير"));

    HttpResponse<Buffer> res = app.get("/");

    assertEquals(200, res.statusCode());
    assertEquals("text/html; charset=utf-8", res.getHeader("Content-Type"));
    Document doc = Jsoup.parse(res.bodyAsString());
    assertEquals(List.of(newest.getString("id"), breaking.getString("id"), older.getString("id")), ids(doc, "#latest"));
    Element first = doc.selectFirst("#latest > li[data-id]");
    assertEquals(newest.getString("title"), first.selectFirst(".title").text());
    assertEquals(ArticlePageTest.path(newest.getString("slug")), first.selectFirst(".title").attr("href"));
    assertEquals("مقتطف قصير", first.selectFirst(".excerpt").text());
    assertEquals(newest.getString("publishedAt"), first.selectFirst("time.date").attr("datetime"));
    assertTrue(first.selectFirst("time.date").text().matches("[٠-٩]{2}\u200f/[٠-٩]{2}\u200f/[٠-٩]{4}"),
        "dd/mm/yyyy in Arabic-Indic digits, marked right to left as the browser writes it");
    assertEquals("عاجل", doc.selectFirst("#latest > li[data-id=" + breaking.getString("id") + "] .badge").text());
    assertNull(first.selectFirst(".badge"), "only breaking items carry the badge");
    assertEquals("مراسلنا", doc.selectFirst("#latest > li[data-id=" + older.getString("id") + "] .source").text());

    JsonObject api = app.get("/api/v1/articles").bodyAsJsonObject();
    JsonObject state = state(doc);
    assertEquals(api.getString("lastEventId"), state.getString("lastEventId"));
    assertEquals(newest.getString("eventId"), state.getString("lastEventId"));
    assertNull(state.getValue("next"));
    JsonArray items = state.getJsonArray("items");
    assertEquals(3, items.size());
    JsonObject fromApi = api.getJsonArray("items").getJsonObject(0).copy();
    fromApi.remove("body");
    assertEquals(fromApi, items.getJsonObject(0), "the items as the API gives them");
    assertFalse(items.getJsonObject(0).containsKey("body"), "the state leaves the bodies out");
  }

  @Test
  void bannerShowsTheNewestBreakingItemAndTheLeadIsAnotherStory() {
    JsonObject breaking = app.published(TestApp.article("انقطاع الكهرباء عن عدة أحياء").put("breaking", true));
    JsonObject newer = app.published(TestApp.article("تعديل مواعيد الحافلات خلال العطلة"));

    Document doc = Jsoup.parse(app.get("/").bodyAsString());

    Element banner = doc.selectFirst("#breaking");
    assertFalse(banner.hasAttr("hidden"), "a breaking item of the last six hours shows in the banner");
    assertEquals(breaking.getString("id"), banner.attr("data-id"));
    assertEquals(ArticlePageTest.path(breaking.getString("slug")), banner.selectFirst("a.title").attr("href"));
    Element lead = doc.selectFirst("#lead");
    assertFalse(lead.hasAttr("hidden"));
    assertEquals(newer.getString("id"), lead.attr("data-id"), "the banner's story does not lead too");
    assertEquals(newer.getString("title"), lead.selectFirst(".lead-title a").text());
    assertTrue(doc.selectFirst("#lead-empty").hasAttr("hidden"));
  }

  @Test
  void anOlderBreakingItemLeadsOverNewerNewsWhileTheBannerShowsTheNewest() {
    JsonObject older = app.published(TestApp.article("إغلاق الطريق الساحلي بسبب الفيضانات").put("breaking", true));
    app.published(TestApp.article("افتتاح معرض الكتاب"));
    JsonObject newest = app.published(TestApp.article("انقطاع الكهرباء عن عدة أحياء").put("breaking", true));

    Document doc = Jsoup.parse(app.get("/").bodyAsString());

    assertEquals(newest.getString("id"), doc.selectFirst("#breaking").attr("data-id"));
    assertEquals(older.getString("id"), doc.selectFirst("#lead").attr("data-id"));
  }

  @Test
  void theBannersStoryAloneShowsNoLeadAndNoEmptyNote() {
    app.published(TestApp.article("انقطاع الكهرباء عن عدة أحياء").put("breaking", true));

    Document doc = Jsoup.parse(app.get("/").bodyAsString());

    assertFalse(doc.selectFirst("#breaking").hasAttr("hidden"));
    assertTrue(doc.selectFirst("#lead").hasAttr("hidden"));
    assertTrue(doc.selectFirst("#lead-empty").hasAttr("hidden"), "there is news: no «no news yet»");
  }

  @Test
  void olderPageLinkLeadsToAPageTheServerRendersToo() {
    List<String> newestFirst = new ArrayList<>();
    for (int i = 1; i <= 22; i++) {
      newestFirst.add(0, app.published(TestApp.article("خبر رقم " + i + " في سلسلة الصفحات")).getString("id"));
    }
    Document first = Jsoup.parse(app.get("/").bodyAsString());
    assertEquals(newestFirst.subList(0, 20), ids(first, "#latest"));
    String next = app.get("/api/v1/articles").bodyAsJsonObject().getString("next");
    assertEquals(next, state(first).getString("next"));
    assertFalse(first.selectFirst("#more").hasAttr("hidden"));
    String older = first.selectFirst("#latest-area noscript .pager a.older").attr("href");
    assertEquals("/?before=" + next, older);

    Document second = Jsoup.parse(app.get(older).bodyAsString());

    assertEquals(newestFirst.subList(20, 22), ids(second, "#latest"));
    assertEquals(next, state(second).getString("before"));
    assertTrue(second.selectFirst("#more").hasAttr("hidden"), "nothing older is left");
    assertNull(second.selectFirst("#latest-area .pager a.older"));
    assertEquals("/", second.selectFirst("#latest-area noscript .pager a.newest").attr("href"));
  }

  @Test
  void topicPageShowsThatTopicWithItsTabCurrentAndAnUnknownTopicSaysSoInArabic() {
    String economy = app.published(TestApp.article("البورصة تغلق على ارتفاع").put("topic", "economy")).getString("id");
    app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));

    Document doc = Jsoup.parse(app.get("/?topic=Economy").bodyAsString());

    assertEquals(List.of(economy), ids(doc, "#latest"));
    assertEquals("economy", state(doc).getString("topic"));
    assertEquals("page", doc.selectFirst("#tabs a[data-topic=economy]").attr("aria-current"));
    assertEquals("اقتصاد", doc.selectFirst("#tabs a[data-topic=economy]").text());
    assertEquals("/?topic=sports", doc.selectFirst("#tabs a[data-topic=sports]").attr("href"));
    assertEquals("", doc.selectFirst("#tabs a").attr("data-topic"));
    assertFalse(doc.selectFirst("#tabs a").hasAttr("aria-current"), "the tab for all is not the one shown");

    HttpResponse<Buffer> unknown = app.get("/?topic=astronomy");
    assertEquals(200, unknown.statusCode(), "an empty topic is no error");
    Document empty = Jsoup.parse(unknown.bodyAsString());
    assertTrue(ids(empty, "#latest").isEmpty());
    assertFalse(empty.selectFirst("#lead-empty").hasAttr("hidden"));
    assertEquals("لا توجد أخبار في قسم «astronomy» حاليًا. ستظهر هنا فور نشرها.",
        empty.selectFirst("#lead-empty").text());
    assertEquals("page", empty.selectFirst("#tabs a[data-topic=astronomy]").attr("aria-current"));
  }

  @Test
  void searchResultsAreRenderedOnTheServerWithOnlyMarksKept() {
    String wanted = app.published(TestApp.article("إطلاقُ قمرٍ صناعيٍّ جديدٍ لرصد الطقس")
        .put("body", "<p>إطلاق قمر &lt;img src=x onerror=alert(1)&gt; جديد</p>")).getString("id");
    app.published(TestApp.article("افتتاح سوق شعبي للمنتجات الريفية"));

    Document doc = Jsoup.parse(app.get("/?q=" + URLEncoder.encode("اطلاق قمر", StandardCharsets.UTF_8)).bodyAsString());

    assertFalse(doc.selectFirst("#search-results").hasAttr("hidden"));
    assertTrue(doc.selectFirst("#latest-area").hasAttr("hidden"));
    assertEquals(List.of(wanted), ids(doc, "#results"));
    assertFalse(doc.select("#results .snippet mark").isEmpty());
    assertTrue(doc.select("#results .snippet *:not(mark)").isEmpty(), doc.selectFirst("#results .snippet").html());
    assertEquals("النتائج عن «اطلاق قمر»: ١", doc.selectFirst("#results-summary").text());
    assertEquals("اطلاق قمر", doc.selectFirst("#q").attr("value"));
    assertEquals("noindex", doc.selectFirst("meta[name=robots]").attr("content"));
    assertTrue(doc.selectFirst("#lead-empty").hasAttr("hidden"), "no «no news yet» beside the results");
    for (Element time : doc.select("time")) {
      assertFalse(time.text().isEmpty() && !time.hasAttr("datetime"), "an empty <time>: " + time);
    }
  }

  @Test
  void markupInATitleIsEscapedAndCannotEndTheStateBlock() {
    String title = "عنوان </script><script>alert(1)</script> <img src=x onerror=alert(2)> & \"اقتباس\"";
    app.published(TestApp.article(title).put("excerpt", "<b>غامق</b>").put("breaking", true));

    String html = app.get("/").bodyAsString();

    Document doc = Jsoup.parse(html);
    Document withoutTemplates = doc.clone();
    withoutTemplates.select("template").remove();
    assertTrue(withoutTemplates.select("img, b, script:not([src]):not([type=application/json])").isEmpty(), html);
    assertEquals(title, doc.selectFirst("#latest .title").text());
    assertEquals(title, doc.selectFirst("#breaking .title").text());
    assertEquals(title, state(doc).getJsonArray("items").getJsonObject(0).getString("title"));
    assertFalse(doc.selectFirst("#latest-state").data().contains("<"));
  }

  @Test
  void repeatedRequestWithTheEtagGets304UntilTheNextEvent() {
    app.published(TestApp.article("بدء موسم قطف الزيتون"));
    HttpResponse<Buffer> first = app.get("/");
    String etag = first.getHeader("ETag");
    assertNotNull(etag);
    assertNotNull(first.getHeader("Last-Modified"));
    assertEquals(304, app.get("/", Map.of("If-None-Match", etag)).statusCode());

    String fresh = app.published(TestApp.article("افتتاح معرض الكتاب")).getString("id");

    HttpResponse<Buffer> after = app.get("/", Map.of("If-None-Match", etag));
    assertEquals(200, after.statusCode());
    assertEquals(fresh, ids(Jsoup.parse(after.bodyAsString()), "#latest").get(0));
  }

  @Test
  void withoutAPublicUrlEachHostGetsItsOwnCanonicalLinkThoughThePageIsEncodedOncePerEvent() {
    app.published(TestApp.article("بدء موسم حصاد التمور"));

    for (String host : List.of("news.example.org", "mirror.example.net:8443", "news.example.org")) {
      RawHttp.Reply reply = RawHttp.send(app.port(), "GET /?topic=general HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n");
      assertEquals(200, reply.status(), reply.head());
      Document doc = Jsoup.parse(reply.body());
      assertEquals("http://" + host + "/?topic=general", doc.selectFirst("link[rel=canonical]").attr("href"));
      assertEquals("http://" + host + "/?topic=general", doc.selectFirst("meta[property=og:url]").attr("content"));
    }
  }

  @Test
  void indexHtmlRedirectsToTheRootAndABrokenCursorIsAnArabic400Page() {
    HttpResponse<Buffer> index = Await.of(app.web().get(app.port(), "127.0.0.1", "/index.html?topic=sports")
        .followRedirects(false).send());
    assertEquals(302, index.statusCode());
    assertEquals("/?topic=sports", index.getHeader("Location"));

    HttpResponse<Buffer> broken = app.get("/?before=not-a-cursor", Map.of("Accept", "text/html"));
    assertEquals(400, broken.statusCode());
    assertEquals("رابط غير صالح", Jsoup.parse(broken.bodyAsString()).selectFirst("h1").text());

    HttpResponse<Buffer> problem = app.get("/?before=not-a-cursor");   // not a browser: the API's answer
    assertEquals(400, problem.statusCode());
    assertTrue(problem.getHeader("Content-Type").startsWith("application/problem+json"));
    assertEquals("before", problem.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
  }
}
