package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.LiveCoverage;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * Every title-like field (an article's title on POST and PATCH, a live entry's title, an editor's name, a topic)
 * refuses text that shows nothing: direction overrides alone, zero-width characters alone, white space alone.
 * A live coverage has no title of its own: it shows its article's.
 */
class TitleVisibleTextTest extends AppTest {

  private static final List<String> INVISIBLE = List.of("\u202e\u202e", "\u200b\u200c\u200d\ufeff", " \t\u00a0 ");

  private static void assertRefusedNaming(String field, HttpResponse<Buffer> res, String sent) {
    String shown = sent.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    assertEquals(400, res.statusCode(), shown + " " + res.bodyAsString());
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), shown);
    assertEquals(field, res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"), shown);
  }

  @Test
  void anArticleTitleOfOnlyInvisibleCharactersIsRefusedOnPost() {
    for (String title : INVISIBLE) {
      assertRefusedNaming("title", app.post(TestApp.article("x").put("title", title)), title);
    }
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void anArticleTitleOfOnlyInvisibleCharactersIsRefusedOnPatch() {
    String id = app.post(TestApp.article("عنوان ظاهر")).bodyAsJsonObject().getString("id");
    for (String title : INVISIBLE) {
      assertRefusedNaming("title", app.patch(id, new JsonObject().put("title", title)), title);
    }
    assertEquals("عنوان ظاهر", app.get("/api/v1/articles/" + id).bodyAsJsonObject().getString("title"));
  }

  @Test
  void aTopicOfOnlyInvisibleCharactersIsRefusedOnPostAndPatch() {
    String id = app.post(TestApp.article("خبر")).bodyAsJsonObject().getString("id");
    for (String topic : INVISIBLE) {
      assertRefusedNaming("topic", app.post(TestApp.article("خبر آخر").put("topic", topic)), topic);
      assertRefusedNaming("topic", app.patch(id, new JsonObject().put("topic", topic)), topic);
    }
  }

  @Test
  void anEditorNameOfOnlyInvisibleCharactersIsRefused() {
    for (String name : INVISIBLE) {
      HttpResponse<Buffer> res = EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/editors",
          new JsonObject().put("name", name));
      assertRefusedNaming("name", res, name);
    }
  }

  @Test
  void aLiveEntryTitleOfOnlyInvisibleCharactersIsRefusedOnPostAndPatch() {
    String articleId = app.post(TestApp.article("قمة")).bodyAsJsonObject().getString("id");
    String coverageId = LiveCoverage.start(app, articleId).getString("id");
    String entries = "/api/v1/live/" + coverageId + "/entries";
    EditorClient desk = EditorClient.admin(app);
    String entryId = LiveCoverage.entry(desk, coverageId, new JsonObject().put("title", "أول")
        .put("body", "<p>نص</p>")).getString("id");
    for (String title : INVISIBLE) {
      assertRefusedNaming("title", desk.send(HttpMethod.POST, entries,
          new JsonObject().put("title", title).put("body", "<p>نص</p>")), title);
      assertRefusedNaming("title", desk.send(HttpMethod.PATCH, entries + "/" + entryId,
          new JsonObject().put("title", title)), title);
    }
    HttpResponse<Buffer> cleared = desk.send(HttpMethod.PATCH, entries + "/" + entryId,
        new JsonObject().put("title", ""));
    assertEquals(200, cleared.statusCode(), cleared.bodyAsString());
    assertEquals(null, cleared.bodyAsJsonObject().getString("title"));
  }
}
