package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The article page's server-rendered HTML, read over plain HTTP as a link-preview crawler would. */
class ArticlePageTest extends AppTest {

  @Test
  void headCarriesTitleDescriptionOpenGraphCanonicalAndNewsArticleJsonLd() {
    JsonObject a = app.published(TestApp.article("افتتاح متحف جديد للفنون الإسلامية في قلب المدينة")
        .put("excerpt", "يضم المتحف أكثر من ألف قطعة نادرة").put("topic", "culture").put("source", "وكالة الأنباء"));
    String path = path(a.getString("slug"));

    HttpResponse<Buffer> res = app.get(path);

    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals("text/html; charset=utf-8", res.getHeader("Content-Type"));
    Document doc = Jsoup.parse(res.bodyAsString());
    String url = "http://127.0.0.1:" + app.port() + path;
    assertEquals("ar", doc.selectFirst("html").attr("lang"));
    assertEquals("rtl", doc.selectFirst("html").attr("dir"));
    assertTrue(doc.title().startsWith(a.getString("title")), doc.title());
    assertEquals("يضم المتحف أكثر من ألف قطعة نادرة", meta(doc, "name", "description"));
    assertEquals(a.getString("title"), meta(doc, "property", "og:title"));
    assertEquals("article", meta(doc, "property", "og:type"));
    assertEquals(url, meta(doc, "property", "og:url"));
    assertEquals("ar_AR", meta(doc, "property", "og:locale"));
    assertEquals("أخبار", meta(doc, "property", "og:site_name"));
    assertEquals("ثقافة", meta(doc, "property", "article:section"));
    assertEquals(a.getString("publishedAt"), meta(doc, "property", "article:published_time"));
    assertEquals("summary", meta(doc, "name", "twitter:card"));
    assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"));
    JsonObject ld = new JsonObject(doc.selectFirst("script[type=application/ld+json]").data());
    assertEquals("NewsArticle", ld.getString("@type"));
    assertEquals("https://schema.org", ld.getString("@context"));
    assertEquals(a.getString("title"), ld.getString("headline"));
    assertEquals(a.getString("publishedAt"), ld.getString("datePublished"));
    assertEquals(url, ld.getJsonObject("mainEntityOfPage").getString("@id"));
    assertEquals(a.getString("title"), doc.selectFirst("main h1").text());
    assertEquals("المصدر| وكالة الأنباء", doc.selectFirst(".story-source").text());
    assertTrue(doc.selectFirst(".story-body").html().contains("<p>"), "the cleaned body is kept as HTML");
  }

  @Test
  void markupInTitleAndExcerptIsEscapedAndCannotEndTheJsonLdScript() {
    String title = "عنوان \"مقتبس\" </script><script>alert(1)</script> & <b>غامق</b>";
    JsonObject a = app.published(TestApp.article(title).put("body", "<p>نص الخبر</p>").put("excerpt", "مقتطف '<img src=x onerror=alert(2)>'"));

    String html = app.get(path(a.getString("slug"))).bodyAsString();

    Document doc = Jsoup.parse(html);
    assertEquals(1, doc.select("script[type=application/ld+json]").size());
    assertTrue(doc.select("script:not([src]):not([type=application/ld+json]):not([type=application/json])").isEmpty(),
        "an injected script");
    assertFalse(doc.selectFirst("script#latest-state").data().contains("<"),
        "markup could end the sidebar's state block");
    assertTrue(doc.select("img, b").isEmpty(), "markup from the title or excerpt became elements");
    assertEquals(title, meta(doc, "property", "og:title"));
    assertEquals("مقتطف '<img src=x onerror=alert(2)>'", meta(doc, "name", "description"));
    String ld = doc.selectFirst("script[type=application/ld+json]").data();
    assertFalse(ld.contains("<"), ld);
    assertEquals(title, new JsonObject(ld).getString("headline"));
  }

  @Test
  void sidebarListsTheNewestItemsWithTheStateTheScriptStartsFrom() {
    JsonObject a = app.published(TestApp.article("افتتاح متحف جديد للفنون").put("topic", "culture"));
    JsonObject breaking = app.published(TestApp.article("إغلاق الطريق الساحلي بسبب العاصفة").put("breaking", true));
    JsonObject newest = app.published(TestApp.article("فوز المنتخب في المباراة الودية").put("topic", "sports"));

    Document doc = Jsoup.parse(app.get(path(a.getString("slug"))).bodyAsString());

    assertEquals(java.util.List.of(newest.getString("id"), breaking.getString("id")),
        RenderedPage.ids(doc, "#latest"), "the article being read is not listed beside itself");
    assertEquals(a.getString("id"), doc.selectFirst("#latest").attr("data-exclude"), "nor by the script");
    assertEquals(newest.getString("title"), doc.selectFirst("#latest > li[data-id] .title").text());
    assertEquals(breaking.getString("id"), doc.selectFirst("#breaking").attr("data-id"));
    assertFalse(doc.selectFirst("#breaking").hasAttr("hidden"));
    JsonObject state = RenderedPage.state(doc);
    assertEquals(app.get("/api/v1/articles").bodyAsJsonObject().getString("lastEventId"),
        state.getString("lastEventId"));
    assertEquals(newest.getString("eventId"), state.getString("lastEventId"));
    assertEquals(3, state.getJsonArray("items").size());
  }

  @Test
  void unknownSlugAnswersAnArabic404Page() {
    HttpResponse<Buffer> res = app.get(path("لا-يوجد-خبر-بهذا-الاسم-999"));

    assertEquals(404, res.statusCode());
    assertEquals("text/html; charset=utf-8", res.getHeader("Content-Type"));
    assertEquals("الصفحة غير موجودة", Jsoup.parse(res.bodyAsString()).selectFirst("h1").text());
  }

  @Test
  void retractedArticleAnswers410() {
    JsonObject a = app.published(TestApp.article("خبر نُشر ثم سُحب"));
    assertEquals(200, app.retract(a.getString("id")).statusCode());

    HttpResponse<Buffer> res = app.get(path(a.getString("slug")));

    assertEquals(410, res.statusCode());
    assertEquals("سُحب هذا الخبر", Jsoup.parse(res.bodyAsString()).selectFirst("h1").text());
  }

  @Test
  void repeatedRequestWithTheEtagGets304UntilTheArticleIsEdited() {
    JsonObject a = app.published(TestApp.article("بدء موسم حصاد التمور"));
    String path = path(a.getString("slug"));
    String etag = app.get(path).getHeader("ETag");

    assertEquals(304, app.get(path, Map.of("If-None-Match", etag)).statusCode());
    assertEquals(200, app.patch(a.getString("id"), new JsonObject().put("title", "انطلاق موسم حصاد التمور"))
        .statusCode());

    HttpResponse<Buffer> edited = app.get(path, Map.of("If-None-Match", etag));
    assertEquals(200, edited.statusCode());
    assertTrue(edited.bodyAsString().contains("انطلاق موسم حصاد التمور"));
  }

  @Test
  void englishArticleIsLeftToRightWithItsOwnLocale() {
    JsonObject a = app.published(TestApp.article("Ports reopen after the storm").put("lang", "en"));

    Document doc = Jsoup.parse(app.get(path(a.getString("slug"))).bodyAsString());

    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("ltr", doc.selectFirst("html").attr("dir"));
    assertEquals("en_US", meta(doc, "property", "og:locale"));
    assertEquals("rtl", doc.selectFirst("aside").attr("dir"), "the page's own chrome stays Arabic");
  }

  /** The page's path, percent-encoded here by the JDK rather than by the code under test. */
  static String path(String slug) {
    return "/a/" + java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String meta(Document doc, String attribute, String name) {
    return doc.selectFirst("meta[" + attribute + "=" + name + "]").attr("content");
  }
}
