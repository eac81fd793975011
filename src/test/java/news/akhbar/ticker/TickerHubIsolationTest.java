package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.support.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One reader whose write throws (its response already ended, here) is cut off on its own: the readers after it in
 * the hub's delivery loop still get the event.
 */
@ExtendWith(VertxExtension.class)
class TickerHubIsolationTest {

  @Test
  void aReaderThatThrowsDoesNotCostTheReadersAfterItTheirEvent(Vertx vertx) throws Exception {
    LiveFrames frames = new LiveFrames(new ReplayRing(10, 1 << 20));
    TickerHub hub = new TickerHub(new TickerStats(), frames, new TopicAudience("live:"));
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = Await.of(vertx.createHttpServer().requestHandler(req -> {
      Subscriber reader = join(hub, req);
      if (requests.incrementAndGet() == 2) {
        req.response().end();   // a broken reader, visited first (the hub walks its list from the end)
        StreamEvent item = new StreamEvent(1, "article", List.of("general"), "{\"id\":\"1\"}");
        frames.accept(item);
        hub.onItem(item);
      } else {
        reader.replay(FrameEncoder.ready(1_000, 0));
      }
    }).listen(0, "127.0.0.1"));
    HttpClient client = vertx.createHttpClient();
    LinkedBlockingQueue<Buffer> chunks = new LinkedBlockingQueue<>();
    Await.of(client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", "/")
        .compose(r -> r.send()).map(r -> r.handler(chunks::add)));
    Await.of(client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", "/")
        .compose(r -> r.send()).compose(r -> r.body()).otherwiseEmpty());   // the broken reader is reset

    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!seen.toString().contains("id: 1\nevent: article\n") && System.nanoTime() < deadline) {
      Buffer b = chunks.poll(100, TimeUnit.MILLISECONDS);
      if (b != null) {
        seen.append(b);
      }
    }
    assertTrue(seen.toString().contains("id: 1\nevent: article\n"), "the healthy reader got: " + seen);
    client.close();
    Await.of(server.close());
  }

  private static Subscriber join(TickerHub hub, HttpServerRequest req) {
    req.response().setChunked(true);
    Subscriber reader = new Subscriber(req.response(), new StreamWriter(req, req.response()), null, hub);
    hub.join(reader);
    reader.goLive(0);
    return reader;
  }
}
