package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class ArticlePublishTest extends AppTest {

  @Test
  void postedArticleIsCreatedWithLocationAndCanBeReadBack() {
    JsonObject sent = new JsonObject().put("title", "وزير الخارجية يصل إلى أنقرة في زيارة رسمية")
        .put("body", "<p>وصل وزير الخارجية صباح اليوم إلى العاصمة التركية.</p>")
        .put("topic", "politics").put("breaking", true).put("source", "وكالة الأنباء");
    HttpResponse<Buffer> posted = app.post(sent);

    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    JsonObject article = posted.bodyAsJsonObject();
    assertEquals("/api/v1/articles/" + article.getString("id"), posted.getHeader("Location"));
    assertEquals(sent.getString("title"), article.getString("title"));
    assertEquals("politics", article.getString("topic"));
    assertEquals("ar", article.getString("lang"));
    assertTrue(article.getBoolean("breaking"));
    assertEquals("وكالة الأنباء", article.getString("source"));
    assertEquals("وصل وزير الخارجية صباح اليوم إلى العاصمة التركية.", article.getString("excerpt"));
    assertTrue(article.getString("slug").startsWith("وزير-الخارجية-يصل"), article.getString("slug"));
    assertTrue(article.getString("eventId").matches("\\d+"));
    Instant.parse(article.getString("publishedAt"));

    HttpResponse<Buffer> read = app.get(posted.getHeader("Location"));
    assertEquals(200, read.statusCode());
    assertEquals(article, read.bodyAsJsonObject());
  }

  @Test
  void listIsNewestFirstAndCarriesTheNewestEventId() {
    String first = app.post(TestApp.article("الخبر الأول")).bodyAsJsonObject().getString("id");
    JsonObject second = app.post(TestApp.article("الخبر الثاني")).bodyAsJsonObject();

    JsonObject list = app.get("/api/v1/articles?limit=10").bodyAsJsonObject();
    JsonArray items = list.getJsonArray("items");

    assertEquals(2, items.size());
    assertEquals(second.getString("id"), items.getJsonObject(0).getString("id"));
    assertEquals(first, items.getJsonObject(1).getString("id"));
    assertEquals(second.getString("eventId"), list.getString("lastEventId"));
  }

  @Test
  void excerptIsDerivedFromALongBodyAtAWordBoundary() {
    String sentence = "تواصل الفرق الفنية أعمال الصيانة في محطة الكهرباء الرئيسية شمال المدينة ";
    JsonObject posted = app.post(new JsonObject().put("title", "صيانة المحطة")
        .put("body", "<p>" + sentence.repeat(10) + "</p>")).bodyAsJsonObject();

    String excerpt = posted.getString("excerpt");
    assertTrue(excerpt.endsWith("…"), excerpt);
    assertTrue(excerpt.length() <= 201, "excerpt of " + excerpt.length() + " characters");
    String words = excerpt.substring(0, excerpt.length() - 1);
    assertTrue(sentence.repeat(10).startsWith(words), "cut inside a word: " + excerpt);
    assertFalse(words.endsWith(" "));
  }

  @Test
  void unknownArticleIs404ProblemJson() {
    HttpResponse<Buffer> missing = app.get("/api/v1/articles/987654");

    assertEquals(404, missing.statusCode());
    assertTrue(missing.getHeader("Content-Type").startsWith("application/problem+json"));
    assertEquals(404, missing.bodyAsJsonObject().getInteger("status"));
  }
}
