package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** Live writes and edits of the covered article take their locks in one order, so neither waits on the other forever. */
class LiveBesideArticleEditsTest extends LiveAppTest {

  @Test
  void entriesAndEditsOfTheCoveredArticleAtOnceAllSucceed() {
    String articleId = coverage.getString("articleId");
    for (int round = 0; round < 20; round++) {
      Future<HttpResponse<Buffer>> edit = app.web().patch(app.port(), "127.0.0.1", "/api/v1/articles/" + articleId)
          .putHeader("Authorization", "Bearer " + TestApp.TOKEN)
          .sendJsonObject(new JsonObject().put("title", "تغطية مباشرة " + round));
      Future<HttpResponse<Buffer>> entry = app.web().post(app.port(), "127.0.0.1",
              "/api/v1/live/" + coverageId + "/entries")
          .putHeader("Authorization", "Bearer " + TestApp.TOKEN)
          .sendJsonObject(new JsonObject().put("body", "<p>تحديث " + round + "</p>"));
      Await.of(Future.join(edit, entry), 20);

      assertEquals(200, edit.result().statusCode(), edit.result().bodyAsString());
      assertEquals(201, entry.result().statusCode(), entry.result().bodyAsString());
    }
    assertEquals(20, app.db().count("SELECT count(*) FROM live_entry"));
  }
}
