package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** Bylines over the API: who an article is credited to by default, and named contributors set and changed. */
class ArticleBylineTest extends AppTest {

  private static JsonObject byline(String name, String type) {
    return new JsonObject().put("name", name).put("type", type);
  }

  @Test
  void anEditorsArticleIsCreditedToThatEditorByDefault() {
    EditorClient huda = EditorClient.added(app, "هدى الخطيب", null);

    JsonObject created = huda.post(TestApp.article("افتتاح مكتبة عامة جديدة")).bodyAsJsonObject();

    assertEquals(new JsonArray().add(byline("هدى الخطيب", "Person")), created.getJsonArray("authors"));
    JsonObject read = app.get("/api/v1/articles/" + created.getString("id")).bodyAsJsonObject();
    assertEquals(created.getJsonArray("authors"), read.getJsonArray("authors"));
    JsonObject listed = app.get("/api/v1/articles").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertEquals(created.getJsonArray("authors"), listed.getJsonArray("authors"));
  }

  @Test
  void theAdminTokensArticleIsCreditedToTheNewsroom() {
    JsonObject created = app.published(TestApp.article("اجتماع مجلس البلدية"));

    assertEquals(new JsonArray().add(byline("فريق التحرير", "Organization")), created.getJsonArray("authors"));
  }

  @Test
  void aContributorSetOnPostIsChangedByPatchAndTheStreamCarriesIt() throws Exception {
    JsonObject created = app.published(TestApp.article("ارتفاع أسعار الذهب")
        .put("authors", new JsonArray().add(byline("وكالة الأنباء", "Organization"))));
    assertEquals(new JsonArray().add(byline("وكالة الأنباء", "Organization")), created.getJsonArray("authors"));

    try (SseProbe stream = app.openStream("/api/v1/stream")) {
      JsonObject change = new JsonObject().put("authors", new JsonArray()
          .add(new JsonObject().put("name", "  سامر يوسف "))
          .add(byline("وكالة الأنباء", "Organization")));
      HttpResponse<Buffer> patched = app.patch(created.getString("id"), change);

      assertEquals(200, patched.statusCode(), patched.bodyAsString());
      JsonArray expected = new JsonArray().add(byline("سامر يوسف", "Person"))
          .add(byline("وكالة الأنباء", "Organization"));
      assertEquals(expected, patched.bodyAsJsonObject().getJsonArray("authors"));
      assertEquals(expected, app.get("/api/v1/articles/" + created.getString("id")).bodyAsJsonObject()
          .getJsonArray("authors"));
      SseEvent update = stream.nextItem(5);
      assertEquals("update", update.event());
      assertEquals(expected, new JsonObject(update.data()).getJsonArray("authors"));
    }
  }

  @Test
  void invalidAuthorsAreRefusedNamingTheField() {
    List<Object[]> cases = List.of(
        new Object[] {"وكالة", "authors"},
        new Object[] {new JsonArray(), "authors"},
        new Object[] {new JsonArray().add("وكالة"), "authors[0]"},
        new Object[] {new JsonArray().add(new JsonObject().put("type", "Person")), "authors[0].name"},
        new Object[] {new JsonArray().add(byline("\u200b ", "Person")), "authors[0].name"},
        new Object[] {new JsonArray().add(byline("ا".repeat(121), "Person")), "authors[0].name"},
        new Object[] {new JsonArray().add(byline("سامر", "Person")).add(byline("وكالة", "Robot")), "authors[1].type"},
        new Object[] {new JsonArray().add(byline("سامر", "Person").put("url", "x")), "authors[0].url"},
        new Object[] {six(), "authors"});
    String id = app.published(TestApp.article("خبر للتعديل")).getString("id");
    for (Object[] c : cases) {
      assertRefused(app.post(TestApp.article("خبر").put("authors", c[0])), (String) c[1]);
      assertRefused(app.patch(id, new JsonObject().put("authors", c[0])), (String) c[1]);
    }
  }

  private static JsonArray six() {
    JsonArray many = new JsonArray();
    for (int i = 0; i < 6; i++) {
      many.add(byline("كاتب " + i, "Person"));
    }
    return many;
  }

  private static void assertRefused(HttpResponse<Buffer> res, String field) {
    assertEquals(400, res.statusCode(), res.bodyAsString());
    assertEquals("application/problem+json; charset=utf-8", res.getHeader("Content-Type"));
    JsonArray errors = res.bodyAsJsonObject().getJsonArray("errors");
    assertTrue(errors.stream().map(JsonObject.class::cast).anyMatch(e -> field.equals(e.getString("field"))),
        field + " not named in " + errors);
  }
}
