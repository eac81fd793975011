package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.Test;

/** An editor deletes a photo no article shows: its sizes answer 404 and the audit trail says who; else a 409. */
class PhotoDeleteTest extends AppTest {

  private List<String> urls(JsonObject photo) {
    return photo.getJsonArray("sizes").stream().map(s -> ((JsonObject) s).getString("url")).toList();
  }

  @Test
  void anUnusedPhotoIsDeletedItsUrlsAnswer404AndTheAuditTrailNamesTheEditor() {
    String token = app.newEditor("سلمى");
    JsonObject photo = app.photo(TestImages.jpeg(700, 500));
    String etag = app.get(urls(photo).get(0)).getHeader("ETag");
    HttpResponse<Buffer> res = app.deletePhoto(token, photo.getString("id"));
    assertEquals(204, res.statusCode(), res.bodyAsString());
    for (String url : urls(photo)) {
      assertEquals(404, app.get(url).statusCode(), url);
    }
    assertEquals(404, app.get(urls(photo).get(0), Map.of("If-None-Match", etag)).statusCode(),
        "a client holding the ETag is not told it is still there");
    assertEquals(0, app.db().count("SELECT count(*) FROM photo_size"));
    assertEquals("سلمى delete", app.db().text("SELECT editor_name || ' ' || kind FROM photo_revision WHERE photo_id = '"
        + photo.getString("id") + "'"));
    assertEquals(404, app.deletePhoto(token, photo.getString("id")).statusCode(), "a second delete finds nothing");
  }

  @Test
  void aLeadPhotoIs409NamingTheArticleAndStays() {
    JsonObject photo = app.photo(TestImages.jpeg(700, 500));
    JsonObject article = app.published(TestApp.article("افتتاح الجسر").put("photo", photo.getString("id")));
    HttpResponse<Buffer> res = app.deletePhoto(TestApp.TOKEN, photo.getString("id"));
    assertEquals(409, res.statusCode(), res.bodyAsString());
    assertEquals("application/problem+json", res.getHeader("Content-Type").split(";")[0]);
    JsonObject problem = res.bodyAsJsonObject();
    String detail = problem.getString("detail");
    assertTrue(detail.contains("article " + article.getString("id")), detail);
    assertTrue(detail.contains("(slug " + article.getString("slug") + ")"), detail);
    assertTrue(detail.contains("lead photo"), detail);
    assertEquals("id", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(200, app.get(urls(photo).get(0)).statusCode());
  }

  @Test
  void aPhotoEmbeddedInABodyIs409NamingTheArticle() {
    JsonObject photo = app.photo(TestImages.jpeg(700, 500));
    String id = photo.getString("id");
    JsonObject article = app.published(TestApp.article("خبر").put("body",
        "<p>نص</p><figure><img src=\"/photos/" + id + "-320.jpg\" alt=\"و\"></figure>"));
    HttpResponse<Buffer> res = app.deletePhoto(TestApp.TOKEN, id);
    assertEquals(409, res.statusCode(), res.bodyAsString());
    String detail = res.bodyAsJsonObject().getString("detail");
    assertTrue(detail.contains("article " + article.getString("id")) && detail.contains("embedded in the body"),
        detail);
    assertEquals(1, app.db().count("SELECT count(*) FROM photo"));
    assertEquals(0, app.db().count("SELECT count(*) FROM photo_revision"));
  }

  @Test
  void anUnknownOrMalformedIdIs404AndATokenIsNeeded() {
    assertEquals(404, app.deletePhoto(TestApp.TOKEN, "0".repeat(32)).statusCode());
    assertEquals(404, app.deletePhoto(TestApp.TOKEN, "not-a-photo").statusCode());
    String id = app.photo(TestImages.jpeg(400, 300)).getString("id");
    assertEquals(401, app.deletePhoto(null, id).statusCode());
    assertEquals(1, app.db().count("SELECT count(*) FROM photo"));
  }
}
