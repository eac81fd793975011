package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * A body embeds this server's own photos as figures, rebuilt from the stored photo into responsive markup (srcset,
 * sizes, width/height, lazy loading, caption and credit); images from anywhere else are dropped.
 */
class BodyPhotoTest extends AppTest {

  private static String embed(String id, String caption) {
    return "<figure><img src=\"/photos/" + id + "-320.jpg\" alt=\"وصف\"><figcaption>" + caption
        + "</figcaption></figure>";
  }

  private String page(JsonObject article) {
    return app.get("/a/" + URLEncoder.encode(article.getString("slug"), StandardCharsets.UTF_8)).bodyAsString();
  }

  @Test
  void anEmbeddedPhotoBecomesAResponsiveFigureOnTheArticlePage() {
    String id = app.photo(TestImages.jpeg(1200, 800)).getString("id");
    JsonObject article = app.published(TestApp.article("افتتاح الجسر")
        .put("body", "<p>قبل الصورة</p>" + embed(id, "تعليق من المحرر") + "<p>بعد الصورة</p>"));
    Element body = Jsoup.parse(page(article)).selectFirst(".story-body");
    assertNotNull(body);
    Elements figures = body.select("> figure.story-photo");
    assertEquals(1, figures.size(), body.html());
    Element img = figures.first().selectFirst("img");
    assertEquals("/photos/" + id + "-1200.jpg", img.attr("src"));
    assertEquals("/photos/" + id + "-320.jpg 320w, /photos/" + id + "-640.jpg 640w, /photos/" + id
        + "-1024.jpg 1024w, /photos/" + id + "-1200.jpg 1200w", img.attr("srcset"));
    assertTrue(img.hasAttr("sizes"));
    assertEquals("1200", img.attr("width"));
    assertEquals("800", img.attr("height"));
    assertEquals("lazy", img.attr("loading"));
    assertEquals("جسر المشاة عند الغروب", img.attr("alt"), "the alt text is the photo's own");
    Element caption = figures.first().selectFirst("figcaption");
    assertEquals("الجسر الجديد", caption.ownText(), "the caption is the photo's own");
    assertEquals("تصوير ليلى حداد", caption.selectFirst("span.credit").text());
    assertEquals("قبل الصورة", body.child(0).text());
    assertEquals("بعد الصورة", body.child(2).text());
  }

  @Test
  void aDerivedExcerptLeavesTheCaptionOut() {
    String id = app.photo(TestImages.jpeg(400, 300)).getString("id");
    JsonObject article = app.published(TestApp.article("خبر")
        .put("body", "<p>قبل الصورة</p>" + embed(id, "تعليق") + "<p>بعد الصورة</p>"));
    assertEquals("قبل الصورة بعد الصورة", article.getString("excerpt"));
  }

  @Test
  void foreignImagesAreDroppedWhateverTheirUrl() {
    String id = app.photo(TestImages.jpeg(400, 300)).getString("id");
    String body = app.published(TestApp.article("خبر").put("body", "<p>نص</p>"
        + "<img src=\"https://img.example/a.jpg\" alt=\"صورة\">"
        + "<figure><img src=\"https://evil.example/photos/" + id + "-320.jpg\" alt=\"س\"><figcaption>ت</figcaption>"
        + "</figure><p><img src=\"//cdn.example/photos/" + id + "-320.jpg\" alt=\"س\"></p>"
        + "<figure><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"></figure>")).getString("body");
    assertEquals("<p>نص</p><p></p>", body);
  }

  @Test
  void aPhotoThatDoesNotExistIs400NamingBody() {
    HttpResponse<Buffer> res = app.post(TestApp.article("خبر").put("body", embed("a".repeat(32), "ت")));
    assertEquals(400, res.statusCode(), res.bodyAsString());
    assertEquals("body", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void aPhotoInsideAParagraphBecomesAFigureAfterIt() {
    String id = app.photo(TestImages.jpeg(400, 300)).getString("id");
    String body = app.published(TestApp.article("خبر").put("body",
        "<p>أول <img src=\"/photos/" + id + "-400.jpg\" alt=\"س\"> آخر</p>")).getString("body");
    Element root = Jsoup.parseBodyFragment(body).body();
    assertEquals(2, root.childrenSize(), body);
    assertEquals("أول آخر", root.child(0).text());
    assertEquals("figure", root.child(1).tagName());
  }

  @Test
  void aStoredBodySentBackIsStoredUnchanged() {
    String id = app.photo(TestImages.jpeg(700, 500)).getString("id");
    JsonObject article = app.published(TestApp.article("خبر").put("body", "<p>نص</p>" + embed(id, "ت")));
    HttpResponse<Buffer> res = app.patch(article.getString("id"),
        new JsonObject().put("body", article.getString("body")));
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals(article.getString("body"), res.bodyAsJsonObject().getString("body"));
  }

  @Test
  void bothFeedsCarryTheEmbeddedPhotoAtAbsoluteUrls() {
    String id = app.photo(TestImages.jpeg(700, 500)).getString("id");
    app.published(TestApp.article("خبر").put("body", "<p>نص</p>" + embed(id, "ت")));
    String html = app.get("/feed.json").bodyAsJsonObject().getJsonArray("items").getJsonObject(0)
        .getString("content_html");
    Element img = Jsoup.parseBodyFragment(html).selectFirst("figure img");
    assertNotNull(img, html);
    assertTrue(img.attr("src").matches("http://[^/]+/photos/" + id + "-700\\.jpg"), img.attr("src"));
    assertTrue(img.attr("srcset").matches("http://[^/]+/photos/" + id + "-320\\.jpg 320w, http://.*"),
        img.attr("srcset"));
    String atom = app.get("/feed.atom").bodyAsString();
    assertTrue(atom.contains("src=&quot;http://") || atom.contains("src=\"http://"), atom);
  }
}
