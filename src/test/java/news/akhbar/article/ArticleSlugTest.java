package news.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class ArticleSlugTest extends AppTest {

  @Test
  void arabicTitleGivesAReadableArabicSlugWithoutDiacriticsOrTatweel() {
    JsonObject article = app.post(TestApp.article("وَزِيــرُ الطاقة: الكهرباء ستعود خلال ٤٨ ساعة!")).bodyAsJsonObject();

    assertEquals("وزير-الطاقة-الكهرباء-ستعود-خلال-٤٨-ساعة-" + article.getString("id"), article.getString("slug"));
  }

  @Test
  void sameTitleTwiceGivesTwoSlugs() {
    String first = app.post(TestApp.article("انقطاع الكهرباء في العاصمة")).bodyAsJsonObject().getString("slug");
    String second = app.post(TestApp.article("انقطاع الكهرباء في العاصمة")).bodyAsJsonObject().getString("slug");

    assertNotEquals(first, second);
    assertTrue(first.startsWith("انقطاع-الكهرباء-في-العاصمة-"), first);
  }

  @Test
  void slugStaysTheSameWhenTheTitleIsEdited() {
    JsonObject article = app.post(TestApp.article("عنوان أول للخبر")).bodyAsJsonObject();
    JsonObject edited = app.patch(article.getString("id"), new JsonObject().put("title", "عنوان معدل"))
        .bodyAsJsonObject();

    assertEquals("عنوان معدل", edited.getString("title"));
    assertEquals(article.getString("slug"), edited.getString("slug"));
    assertEquals("عنوان معدل", app.get(bySlug(article.getString("slug"))).bodyAsJsonObject().getString("title"));
  }

  @Test
  void articleIsFoundByItsPercentEncodedArabicSlug() {
    JsonObject article = app.post(TestApp.article("افتتاح معرض الكتاب الدولي")).bodyAsJsonObject();
    String uri = bySlug(article.getString("slug"));

    assertTrue(uri.matches("[\\x21-\\x7e]+"), "not percent-encoded: " + uri);
    var res = app.get(uri);
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals(article, res.bodyAsJsonObject());
  }

  @Test
  void unknownSlugIs404AndRetractedSlugIs410() {
    JsonObject article = app.post(TestApp.article("خبر سيسحب")).bodyAsJsonObject();
    app.retract(article.getString("id"));

    assertEquals(404, app.get(bySlug("لا-يوجد-1")).statusCode());
    var gone = app.get(bySlug(article.getString("slug")));
    assertEquals(410, gone.statusCode());
    assertTrue(gone.getHeader("Content-Type").startsWith("application/problem+json"));
  }

  private static String bySlug(String slug) {
    return "/api/v1/articles/by-slug/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }
}
