package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks like event-stream syntax travels as data: it can never end an event early or forge an id. */
class TickerInjectionTest extends AppTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "سطر أول\nسطر ثان",
      "سطر أول\rسطر ثان",
      "سطر أول\r\nسطر ثان",
      "عنوان\n\nid: 999\nevent: retract\ndata: {\"id\":\"1\"}",
      "عنوان\n\ndata: x",
      "عنوان\r\rid: 999\r\rنهاية",
      "موسيقى 𝄞 ورموز 😀 من خارج المستوى الأساسي",
      "\u200Fعلامة اتجاه من اليمين إلى اليسار\u200F و\u202Bتضمين\u202C",
      "data: id: event: retry: 1 : تعليق"
  })
  void titleAndBodyRoundTripUnchangedAsOneEvent(String text) throws Exception {
    SseProbe stream = app.openStream("/api/v1/stream");
    JsonObject posted = app.post(new JsonObject().put("title", "أ " + text + " ب").put("body", text))
        .bodyAsJsonObject();

    SseEvent event = stream.nextItem(5);
    assertNotNull(event, "nothing streamed");
    assertEquals(posted.getString("eventId"), event.id());
    assertEquals("article", event.event());
    JsonObject streamed = new JsonObject(event.data());
    assertEquals("أ " + text + " ب", streamed.getString("title"));
    assertEquals(text, streamed.getString("body"));
    assertNull(stream.nextItem(1), "a second, forged event arrived");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\":\"أ\\u0000ب\"}", "{\"title\":\"أ\\ud800ب\"}", "{\"title\":\"أ\\udc00\"}",
      "{\"title\":\"خبر\",\"body\":\"\\u0000\"}"})
  void nulAndLoneSurrogatesAreRefusedNamingTheField(String json) {
    var res = news.akhbar.support.Await.of(app.web().post(app.port(), "127.0.0.1", "/api/v1/articles")
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN).putHeader("Content-Type", "application/json")
        .sendBuffer(io.vertx.core.buffer.Buffer.buffer(json)));

    assertEquals(400, res.statusCode(), res.bodyAsString());
    String field = res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field");
    assertEquals(json.contains("body") ? "body" : "title", field);
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }
}
