package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/**
 * Every read is answered once, from memory or from the store, and counted once by where its answer came from:
 * through the front door, through the router (HEAD, CORS) and on a memory miss alike.
 */
class FrontDoorReadsOnceTest extends AppTest {

  private static final String ORIGIN = "https://desk.example";

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_HOT_ARTICLES", "2", "AKHBAR_HOT_PER_TOPIC", "2", "AKHBAR_CORS_ORIGINS", ORIGIN);
  }

  /** The read counters of /metrics. */
  private record Reads(long memory, long store) {
  }

  @Test
  void aColdReadAsksTheStoreOnceAndIsNeverCountedAsMemorys() {
    Reads before = publishFour();

    assertEquals(200, app.get("/api/v1/articles/1").statusCode());
    assertEquals(200, head("/api/v1/articles/1").statusCode());
    assertEquals(200, app.get("/api/v1/articles/1", Map.of("Origin", ORIGIN)).statusCode());

    assertEquals(new Reads(before.memory(), before.store() + 3), reads(),
        "one store read per cold request (GET, HEAD, CORS), and a miss is no read from memory");
  }

  @Test
  void aHotReadIsAnsweredFromMemoryOnceWhicheverWayItCameIn() {
    Reads before = publishFour();

    assertEquals(200, app.get("/api/v1/articles/4").statusCode());
    assertEquals(200, head("/api/v1/articles/4").statusCode());
    assertEquals(200, app.get("/api/v1/articles/4/").statusCode());
    HttpResponse<Buffer> crossOrigin = app.get("/api/v1/articles/4", Map.of("Origin", ORIGIN));

    assertEquals(200, crossOrigin.statusCode());
    assertEquals(ORIGIN, crossOrigin.getHeader("Access-Control-Allow-Origin"), "the CORS handler saw it first");
    assertEquals(new Reads(before.memory() + 4, before.store()), reads(),
        "one memory read per hot request (GET, HEAD, a trailing slash, CORS), and none asks the store");
  }

  @Test
  void aCrossOriginStreamOpensThroughTheRouter() throws Exception {
    try (SseProbe stream = app.openStream(0, "/api/v1/stream",
        MultiMap.caseInsensitiveMultiMap().add("Origin", ORIGIN))) {
      assertEquals("ready", stream.opening().event());
      assertEquals(ORIGIN, stream.headers().get("Access-Control-Allow-Origin"));
    }
  }

  /** Publishes articles 1 to 4, of which memory keeps the newest two; returns the counters then. */
  private Reads publishFour() {
    for (int i = 1; i <= 4; i++) {
      app.published(TestApp.article("خبر رقم " + i));
    }
    return reads();
  }

  private HttpResponse<Buffer> head(String uri) {
    return Await.of(app.web().head(app.port(), "127.0.0.1", uri).send());
  }

  private Reads reads() {
    String scrape = app.get("/metrics").bodyAsString();
    return new Reads(counter(scrape, "memory"), counter(scrape, "store"));
  }

  private static long counter(String scrape, String from) {
    String line = scrape.lines().filter(l -> l.startsWith("akhbar_reads_total{from=\"" + from + "\"")).findFirst()
        .orElseThrow();
    return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
