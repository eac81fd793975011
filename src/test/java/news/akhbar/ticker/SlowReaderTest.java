package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readers that stop reading are cut off with bounded memory, and nobody else waits for them. */
@ExtendWith(VertxExtension.class)
class SlowReaderTest {

  private static final int SLOW = 200;
  private static final int NORMAL = 200;
  private static final int EVENTS = 100;

  @Test
  void stalledReadersAreClosedWhileNormalReadersGetEverything(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_WRITE_QUEUE_BYTES", "65536"))) {
      List<Socket> stalled = new ArrayList<>();
      for (int i = 0; i < SLOW; i++) {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", app.port()));
        OutputStream out = s.getOutputStream();
        out.write("GET /api/v1/stream HTTP/1.1\r\nHost: akhbar\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalled.add(s);
      }
      List<SseProbe> readers = new ArrayList<>();
      for (int i = 0; i < NORMAL; i++) {
        readers.add(app.openStream("/api/v1/stream"));
      }
      long heapBefore = heapAfterGc();

      String body = "<p>" + "نص طويل لخبر عاجل يملأ المخازن. ".repeat(600) + "</p>";   // ~20 KB of UTF-8
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < EVENTS; i++) {
        ids.add(app.post(TestApp.article("خبر " + i).put("body", body)).bodyAsJsonObject().getString("eventId"));
      }

      for (SseProbe reader : readers) {
        for (String id : ids) {
          SseEvent e = reader.nextItem(20);
          assertEquals(id, e == null ? null : e.id(), "a normal reader missed an event");
        }
      }
      long heapGrowth = heapAfterGc() - heapBefore;
      long dropped = app.instance(0).tickerStats().slowDropped();
      System.out.printf("slow-reader test: %d of %d stalled readers cut off; heap growth after GC %.1f MB%n",
          dropped, SLOW, heapGrowth / 1e6);
      assertEquals(SLOW, dropped, "every stalled reader must be cut off");
      assertTrue(heapGrowth < 100_000_000, "heap grew by " + heapGrowth + " bytes");
      assertEquals(NORMAL, app.instance(0).tickerStats().open());
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
