package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.Test;

/** An article's lead photo travels with it: its JSON, its page (figure, og:image, JSON-LD) and both feeds. */
class ArticlePhotoTest extends AppTest {

  private JsonObject publishedWithPhoto() {
    JsonObject photo = app.photo(TestImages.jpeg(1200, 800));
    return app.published(TestApp.article("افتتاح جسر جديد فوق النهر").put("photo", photo.getString("id")));
  }

  @Test
  void theArticleJsonCarriesItsPhotoWithSizesAndTexts() {
    JsonObject article = publishedWithPhoto();
    JsonObject photo = article.getJsonObject("photo");
    assertEquals(1200, photo.getInteger("width"));
    assertEquals("جسر المشاة عند الغروب", photo.getString("alt"));
    assertEquals(4, photo.getJsonArray("sizes").size());
    assertEquals(photo, app.get("/api/v1/articles/" + article.getString("id")).bodyAsJsonObject()
        .getJsonObject("photo"));
  }

  @Test
  void anUnknownPhotoIdIs400NamingPhoto() {
    HttpResponse<Buffer> res = app.post(TestApp.article("خبر").put("photo", "0".repeat(32)));
    assertEquals(400, res.statusCode(), res.bodyAsString());
    assertEquals("photo", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void aScheduledArticleCannotCarryAPhotoYet() {
    String id = app.photo(TestImages.jpeg(500, 400)).getString("id");
    HttpResponse<Buffer> res = app.post(TestApp.article("خبر مجدول").put("photo", id)
        .put("publishAt", java.time.Instant.now().plusSeconds(3600).toString()));
    assertEquals(400, res.statusCode(), res.bodyAsString());
    assertEquals("photo", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aPatchGivesAnArticleItsPhoto() {
    JsonObject article = app.published(TestApp.article("خبر بلا صورة"));
    String id = app.photo(TestImages.jpeg(500, 400)).getString("id");
    HttpResponse<Buffer> res = app.patch(article.getString("id"), new JsonObject().put("photo", id));
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals(id, res.bodyAsJsonObject().getJsonObject("photo").getString("id"));
  }

  @Test
  void thePageShowsTheFigureAndLinkPreviewsCarryTheImage() {
    JsonObject article = publishedWithPhoto();
    String html = app.get("/a/" + URLEncoder.encode(article.getString("slug"), StandardCharsets.UTF_8))
        .bodyAsString();
    String widest = article.getJsonObject("photo").getJsonArray("sizes").getJsonObject(3).getString("url");
    Matcher img = Pattern.compile("<figure class=\"story-photo\">\\s*<img ([^>]*)>").matcher(html);
    assertTrue(img.find(), html);
    String attrs = img.group(1);
    for (String expected : new String[] {"srcset=\"", " 320w", " 1200w", "sizes=\"", "width=\"1200\"",
        "height=\"800\"", "loading=\"lazy\"", "alt=\"جسر المشاة عند الغروب\""}) {
      assertTrue(attrs.contains(expected), expected + " missing in " + attrs);
    }
    assertTrue(html.contains("<figcaption>الجسر الجديد<span class=\"credit\">تصوير ليلى حداد</span></figcaption>"),
        html);
    assertTrue(html.matches("(?s).*<meta property=\"og:image\" content=\"http://[^\"]+" + widest + "\">.*"), html);
    assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"), html);
    assertTrue(html.matches("(?s).*<meta name=\"twitter:image\" content=\"http://[^\"]+" + widest + "\">.*"), html);
    Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertTrue(ld.find());
    JsonObject image = new JsonObject(ld.group(1)).getJsonArray("image").getJsonObject(0);
    assertTrue(image.getString("url").startsWith("http") && image.getString("url").endsWith(widest), image.encode());
    assertEquals(1200, image.getInteger("width"));
    assertEquals(800, image.getInteger("height"));
  }

  @Test
  void bothFeedsCarryTheImage() {
    JsonObject article = publishedWithPhoto();
    String widest = article.getJsonObject("photo").getJsonArray("sizes").getJsonObject(3).getString("url");
    String atom = app.get("/feed.atom").bodyAsString();
    assertTrue(atom.matches("(?s).*<link rel=\"enclosure\" type=\"image/jpeg\" href=\"http://[^\"]+" + widest
        + "\"/>.*"), atom);
    JsonObject item = app.get("/feed.json").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertTrue(item.getString("image").matches("http://.+" + widest), item.encode());
  }
}
