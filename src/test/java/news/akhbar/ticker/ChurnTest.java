package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three instances, five editors posting, updating and retracting 500 events at once, fifty readers dropping and
 * resuming at random with Last-Event-ID on any instance: every reader ends with exactly the committed sequence
 * (the events table by id) for its topic filter, with no gap, duplicate or reordering.
 */
@ExtendWith(VertxExtension.class)
class ChurnTest {

  private static final List<String> TOPICS = List.of("politics", "economy", "sport", "culture");
  private static final int EDITORS = 5;
  private static final int EVENTS = 500;
  private static final int READERS = 50;

  private record Committed(long id, String kind, Set<String> topics, String payload) {}

  /** A reader that keeps what it received across reconnects. */
  private final class Reader {
    final Set<String> filter;
    final List<SseEvent> received = new ArrayList<>();
    SseProbe probe;
    int reconnects;

    Reader(Set<String> filter) {
      this.filter = filter;
    }

    String query() {
      return filter == null ? "" : "topics=" + String.join(",", filter);
    }

    void open(TestApp app, int instance, Random random) throws Exception {
      String last = received.isEmpty() ? "0" : received.get(received.size() - 1).id();
      boolean header = random.nextBoolean() && !received.isEmpty();
      String uri = "/api/v1/stream?" + query() + (header ? "" : "&lastEventId=" + last);
      probe = app.openStream(instance, uri,
          header ? MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", last) : null);
      assertEquals("ready", probe.opening().event(), "a resume inside the window must not reset");
    }

    void drain() throws InterruptedException {
      for (SseEvent e = probe.next(0); e != null; e = probe.next(0)) {
        received.add(e);
      }
    }

    void reconnect(TestApp app, int instance, Random random) throws Exception {
      drain();
      probe.close();
      reconnects++;
      open(app, instance, random);
    }
  }

  @Test
  void everyReaderEndsWithTheCommittedSequenceExactly(Vertx vertx) throws Exception {
    try (TestApp app = TestApp.start(vertx)) {
      app.startInstance();
      app.startInstance();
      Random random = new Random(42);
      List<Reader> readers = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        Set<String> filter = i % 5 == 3 ? Set.of("politics") : i % 5 == 4 ? Set.of("economy", "sport") : null;
        Reader reader = new Reader(filter);
        reader.open(app, i % 3, random);
        readers.add(reader);
      }

      ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
      List<Future<?>> work = new ArrayList<>();
      for (int e = 0; e < EDITORS; e++) {
        int editor = e;
        String token = app.newEditor("محرر " + editor);
        work.add(editors.submit(() -> edit(app, token, editor, EVENTS / EDITORS)));
      }
      while (work.stream().anyMatch(f -> !f.isDone())) {
        Reader victim = readers.get(random.nextInt(READERS));
        victim.reconnect(app, random.nextInt(3), random);
      }
      for (Future<?> f : work) {
        f.get();
      }
      editors.shutdown();

      List<Committed> committed = committed(app);
      assertEquals(EVENTS, committed.size());
      int totalReconnects = 0;
      for (Reader reader : readers) {
        List<Committed> expected = committed.stream()
            .filter(c -> reader.filter == null || c.topics().stream().anyMatch(reader.filter::contains)).toList();
        awaitAll(reader, expected);
        List<String> got = reader.received.stream().filter(e -> !"ready".equals(e.event()))
            .map(e -> e.id() + " " + e.event() + " " + e.data()).toList();
        List<String> want = expected.stream().map(c -> c.id() + " " + c.kind() + " " + c.payload()).toList();
        assertSameSequence(want, got, "reader with filter " + reader.filter + " after " + reader.reconnects + " reconnects");
        totalReconnects += reader.reconnects;
      }
      System.out.printf("churn: %d events, %d readers, %d reconnects, all sequences exact%n",
          committed.size(), READERS, totalReconnects);
      assertTrue(totalReconnects >= READERS, "too few reconnects to call it churn: " + totalReconnects);
    }
  }

  /** Like assertEquals on the lists, but names the first difference instead of printing 500 events. */
  private static void assertSameSequence(List<String> want, List<String> got, String who) {
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) {
        String w = want.get(i);
        String g = got.get(i);
        int at = 0;
        while (at < Math.min(w.length(), g.length()) && w.charAt(at) == g.charAt(at)) {
          at++;
        }
        throw new AssertionError(who + ": event #" + i + " differs at char " + at + ": wanted …"
            + w.substring(Math.max(0, at - 20), Math.min(w.length(), at + 40)) + " got …"
            + g.substring(Math.max(0, at - 20), Math.min(g.length(), at + 40)));
      }
    }
    if (want.size() != got.size()) {
      throw new AssertionError(who + ": wanted " + want.size() + " events, got " + got.size()
          + (got.size() > want.size() ? "; extra " + brief(got.get(want.size()))
          : "; missing from " + brief(want.get(got.size()))));
    }
  }

  private static String brief(String event) {
    return event.length() > 60 ? event.substring(0, 60) + "…" : event;
  }

  private static void edit(TestApp app, String token, int editor, int writes) {
    Random random = new Random(editor);
    List<String> live = new ArrayList<>();
    for (int i = 0; i < writes; i++) {
      int instance = random.nextInt(3);
      int dice = random.nextInt(100);
      if (live.isEmpty() || dice < 55) {
        JsonObject a = TestApp.article("محرر " + editor + " خبر " + i)
            .put("topic", TOPICS.get(random.nextInt(TOPICS.size())));
        var res = app.post(instance, token, a);
        assertEquals(201, res.statusCode(), res.bodyAsString());
        live.add(res.bodyAsJsonObject().getString("id"));
      } else if (dice < 85) {
        String id = live.get(random.nextInt(live.size()));
        var res = app.patch(instance, token, id, new JsonObject().put("title", "تحديث " + i)
            .put("topic", TOPICS.get(random.nextInt(TOPICS.size()))));
        assertEquals(200, res.statusCode(), res.bodyAsString());
      } else {
        String id = live.remove(random.nextInt(live.size()));
        assertEquals(200, app.retract(instance, token, id).statusCode());
      }
    }
  }

  private static void awaitAll(Reader reader, List<Committed> expected) throws Exception {
    String lastWanted = expected.isEmpty() ? null : Long.toString(expected.get(expected.size() - 1).id());
    Eventually.within(20, () -> {
      try {
        reader.drain();
      } catch (InterruptedException e) {
        return true;
      }
      return lastWanted == null || !reader.received.isEmpty()
          && reader.received.get(reader.received.size() - 1).id().equals(lastWanted);
    });
    reader.drain();
  }

  private static List<Committed> committed(TestApp app) throws Exception {
    List<Committed> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + app.db().name(), "root", "");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id, kind, topics, payload FROM stream_event ORDER BY id")) {
      while (rs.next()) {
        Array topics = rs.getArray("topics");
        out.add(new Committed(rs.getLong("id"), rs.getString("kind"),
            Set.copyOf(Arrays.asList((String[]) topics.getArray())), rs.getString("payload")));
      }
    }
    return out;
  }
}
