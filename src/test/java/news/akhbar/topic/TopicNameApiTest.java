package news.akhbar.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** GET /api/v1/topic-names for everyone; PUT and DELETE /api/v1/topic-names/{topic} for editors, checked first. */
class TopicNameApiTest extends AppTest {

  @Test
  void listsTheSeededNamesAndAnswers304ToTheSameETag() {
    HttpResponse<Buffer> res = app.get(TopicNames.LIST);
    assertEquals(200, res.statusCode());
    JsonArray items = res.bodyAsJsonObject().getJsonArray("items");
    assertEquals(10, items.size(), items.encode());
    assertEquals(new JsonObject().put("topic", "culture").put("name", "ثقافة"), items.getJsonObject(0),
        "in the order of the topics");
    assertEquals("رياضة", TopicNames.nameOn(app, 0, "sports"));
    String etag = res.getHeader("ETag");
    assertEquals(304, app.get(TopicNames.LIST, Map.of("If-None-Match", etag)).statusCode());
  }

  @Test
  void anEditorRenamesATopicAndTheListChangesAtOnce() {
    String etag = app.get(TopicNames.LIST).getHeader("ETag");
    EditorClient editor = EditorClient.added(app, "سلمى", null);
    HttpResponse<Buffer> res = TopicNames.rename(app, 0, editor.token(), "sports", "  الرياضة  ");
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals("الرياضة", res.bodyAsJsonObject().getString("name"), "trimmed");
    assertEquals("sports", res.bodyAsJsonObject().getString("topic"));
    assertEquals("الرياضة", TopicNames.nameOn(app, 0, "sports"));
    assertEquals(200, app.get(TopicNames.LIST, Map.of("If-None-Match", etag)).statusCode(), "a new ETag");
    assertNotEquals(etag, app.get(TopicNames.LIST).getHeader("ETag"));

    assertEquals(200, TopicNames.rename(app, "طقس", "الطقس").statusCode(), "a topic without a name gets one");
    assertEquals("الطقس", TopicNames.nameOn(app, 0, "طقس"));
    assertEquals(2, app.db().count("SELECT count(*) FROM topic_name_revision"), "each change has its audit row");
    assertEquals("سلمى رياضة الرياضة", app.db().text("SELECT editor_name || ' ' || name_from || ' ' || name_to "
        + "FROM topic_name_revision WHERE topic = 'sports'"));
  }

  @Test
  void aDeletedNameFallsBackToTheTopicAndASecondDeleteIs404NamingTheTopic() {
    HttpResponse<Buffer> res = TopicNames.reset(app, TestApp.TOKEN, "science");
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertNull(res.bodyAsJsonObject().getString("name"));
    assertNull(TopicNames.nameOn(app, 0, "science"));
    HttpResponse<Buffer> again = TopicNames.reset(app, TestApp.TOKEN, "science");
    assertEquals(404, again.statusCode());
    assertEquals("topic", field(again));
    assertEquals(1, app.db().count("SELECT count(*) FROM topic_name_revision WHERE name_to IS NULL"));
  }

  @Test
  void writesWithoutAValidTokenAre401AndChangeNothing() {
    assertEquals(401, TopicNames.rename(app, 0, null, "sports", "الرياضة").statusCode());
    assertEquals(401, TopicNames.rename(app, 0, "not-a-token-of-this-server", "sports", "الرياضة").statusCode());
    assertEquals(401, TopicNames.reset(app, null, "sports").statusCode());
    assertEquals("رياضة", TopicNames.nameOn(app, 0, "sports"));
  }

  @Test
  void refusesANameOfNothingVisibleOrTooLongNamingTheField() {
    assertEquals("name", field(TopicNames.rename(app, "sports", "   ")));
    assertEquals("name", field(TopicNames.rename(app, "sports", "\u200b\u200f\u202e\u2066")), "only invisible");
    assertEquals("name", field(TopicNames.rename(app, "sports", "ر".repeat(41))));
    assertEquals("name", field(TopicNames.rename(app, "sports", "سطر\nآخر")));
    assertEquals("name", field(send("sports", "{}")), "required");
    assertEquals("name", field(send("sports", "{\"name\": 7}")));
    assertEquals("colour", field(send("sports", "{\"name\": \"رياضة\", \"colour\": \"أحمر\"}")));
    assertEquals("topic", field(TopicNames.rename(app, "two words", "كلمتان")));
    assertEquals("topic", field(TopicNames.rename(app, "-sports", "رياضة")));
    assertEquals("topic", field(TopicNames.rename(app, "s".repeat(41), "رياضة")));
    assertEquals("topic", field(TopicNames.reset(app, TestApp.TOKEN, "two words")));
    assertEquals("رياضة", TopicNames.nameOn(app, 0, "sports"), "nothing changed");
    assertEquals(0, app.db().count("SELECT count(*) FROM topic_name_revision"));
  }

  @Test
  void countsFortyCharactersAfterNormalisation() {
    String decomposed = "ر".repeat(39) + "e\u0301";   // 41 code points as sent, 40 once NFC composes é
    HttpResponse<Buffer> res = TopicNames.rename(app, "sports", decomposed);
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals("ر".repeat(39) + "\u00e9", TopicNames.nameOn(app, 0, "sports"));
  }

  private HttpResponse<Buffer> send(String topic, String json) {
    return TopicNames.send(app, 0, TestApp.TOKEN, HttpMethod.PUT, TopicNames.path(topic), Buffer.buffer(json));
  }

  /** The one field a problem names. */
  private static String field(HttpResponse<Buffer> res) {
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), res.bodyAsString());
    JsonArray errors = res.bodyAsJsonObject().getJsonArray("errors");
    assertEquals(1, errors.size(), res.bodyAsString());
    return errors.getJsonObject(0).getString("field");
  }
}
