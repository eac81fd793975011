package news.akhbar.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whoever can PUBLISH on the Redis channel cannot put events on readers' streams: only messages sealed with the
 * deployment's secret are handed on, and a sealed one whose event name no stream can carry is dropped before it
 * takes the id of the real event.
 */
class ForgedFanOutMessageTest extends AppTest {

  private Redis redis;

  @BeforeEach
  void connect(Vertx vertx) {
    redis = Redis.createClient(vertx, "redis://127.0.0.1:6379");
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  @Test
  void aForgedPublishNeverReachesAReaderAndTheRealEventWithItsIdStillDoes() throws Exception {
    SseProbe reader = app.openStream("/api/v1/stream");
    long next = Long.parseLong(reader.opening().id()) + 1;

    // The format a forger sees on the channel, unsealed; and one with a made-up seal.
    publish((next + "\tarticle\t\t0\n{\"id\":\"999\",\"title\":\"خبر مزور\"}").getBytes(StandardCharsets.UTF_8));
    publish(("A".repeat(43) + "\t" + next + "\tarticle\t\t0\n{\"title\":\"مزور\"}").getBytes(StandardCharsets.UTF_8));
    assertTrue(Eventually.within(5, () -> dropped("unauthenticated") == 2), "the forgeries were not dropped");

    assertReaderGetsTheRealEvents(reader, 2);
  }

  @Test
  void aSealedMessageWithAnEventNameNoStreamCanCarryIsDroppedAndLaterEventsFlow() throws Exception {
    SseProbe reader = app.openStream("/api/v1/stream");
    long next = Long.parseLong(reader.opening().id()) + 1;

    WireFormat sealed = new WireFormat(TestApp.TOKEN);   // no AKHBAR_FANOUT_SECRET: the admin token
    publish(sealed.encode(new StreamEvent(next, "Breaking News", List.of(), "{\"title\":\"x\"}", 0)));
    assertTrue(Eventually.within(5, () -> dropped("invalid") == 1), "the bad event name was not dropped");

    assertReaderGetsTheRealEvents(reader, 2);
  }

  @Test
  void anInstanceWithAnotherSecretStillGetsEveryEventFromTheStore() throws Exception {
    int other = app.startInstance(Map.of("AKHBAR_FANOUT_SECRET", "another-secret"));
    SseProbe reader = app.openStream(other, "/api/v1/stream", null);

    String id = app.post(0, TestApp.article("خبر من نسخة أخرى")).bodyAsJsonObject().getString("eventId");
    SseEvent e = reader.nextItem(5);   // the store is read at the next poll, not at the 30 s safety net
    assertEquals(id, e == null ? null : e.id(), "the event did not arrive within 5 s");
    assertTrue(dropped(other, "unauthenticated") >= 1, "the other instance's message was not counted as dropped");
  }

  private void assertReaderGetsTheRealEvents(SseProbe reader, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      HttpResponse<Buffer> posted = app.post(TestApp.article("خبر حقيقي " + i));
      assertEquals(201, posted.statusCode());
      JsonObject article = posted.bodyAsJsonObject();
      SseEvent e = reader.nextItem(5);
      assertNotNull(e, "real event " + article.getString("eventId") + " never arrived");
      assertEquals(article.getString("eventId"), e.id());
      assertEquals("article", e.event());
      assertEquals(article, new JsonObject(e.data()), "the reader got something other than the real event");
    }
  }

  private void publish(byte[] message) {
    Await.of(redis.send(Request.cmd(Command.PUBLISH).arg(app.config().redisChannel()).arg(message)));
  }

  private double dropped(String reason) {
    return dropped(0, reason);
  }

  private double dropped(int instance, String reason) {
    String scrape = app.get(instance, "/metrics").bodyAsString();
    Matcher m = Pattern.compile("(?m)^akhbar_fanout_dropped_total\\{reason=\"" + reason + "\"} ([0-9.eE+-]+)$")
        .matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
