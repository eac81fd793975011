package news.akhbar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Lucene index follows the fan-out: a publish is found within a second, an edit replaces, a retraction is gone. */
class SearchIndexFreshnessTest extends AppTest {

  @BeforeEach
  void indexReady() {
    assertTrue(Eventually.within(30, () -> status(app, 0).ready()), "the index never became ready");
  }

  @Test
  void aPublishedArticleIsFoundInTheIndexWithinASecond() {
    String id = app.published(TestApp.article("الزرافة تصل إلى حديقة الحيوان")).getString("id");
    assertTrue(Eventually.within(1, () -> ids(app, 0, "زرافه").contains(id)));
    assertEquals(1, status(app, 0).documents(), "the hit came from the index");
  }

  @Test
  void anEditReplacesTheArticleInTheIndex() {
    String id = app.published(TestApp.article("افتتاح جسر المشاة الجديد")).getString("id");
    assertTrue(Eventually.within(1, () -> ids(app, 0, "جسر").contains(id)));

    assertEquals(200, app.patch(id, new JsonObject().put("title", "افتتاح نفق المشاة الجديد")
        .put("body", "<p>افتتاح نفق المشاة الجديد — نص الخبر.</p>")).statusCode());

    assertTrue(Eventually.within(1, () -> ids(app, 0, "نفق").contains(id)));
    assertTrue(ids(app, 0, "جسر").isEmpty(), "the old words are gone with the old version");
    assertEquals(1, status(app, 0).documents());
  }

  @Test
  void aRetractedArticleIsGoneAtOnce() {
    String id = app.published(TestApp.article("بيان مسحوب عن الكهرباء")).getString("id");
    assertTrue(Eventually.within(1, () -> ids(app, 0, "الكهرباء").contains(id)));

    assertEquals(200, app.retract(id).statusCode());

    assertEquals(List.of(), ids(app, 0, "الكهرباء"), "no wait: gone in the very next search");
    assertTrue(Eventually.within(1, () -> status(app, 0).documents() == 0));
  }

  static LuceneSearch.Status status(TestApp app, int instance) {
    return Await.of(app.instance(instance).searchIndex().status(), 10);
  }

  static List<String> ids(TestApp app, int instance, String q) {
    HttpResponse<Buffer> res = app.get(instance, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, res.statusCode(), res.bodyAsString());
    return res.bodyAsJsonObject().getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }
}
