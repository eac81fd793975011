package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.akhbar.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Three instances, three editors creating, editing, pinning, unpinning and deleting 150 entries' worth of changes at
 * once, nine readers of the coverage dropping and resuming at random with Last-Event-ID on any instance: every reader
 * ends with the coverage's committed events exactly, and the page it built from them is the store's page.
 */
class LiveChurnTest extends LiveAppTest {

  private static final int INSTANCES = 3;
  private static final int EDITORS = 3;
  private static final int OPERATIONS = 150;
  private static final int READERS = 9;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_WRITES_PER_MINUTE", "1000000");
  }

  @Test
  void everyReaderEndsWithTheStoresPageAndNothingLostDuplicatedOrResurrected() throws Exception {
    for (int i = 1; i < INSTANCES; i++) {
      app.startInstance();
    }
    Random random = new Random(16);
    List<CoverageReader> readers = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      CoverageReader reader = new CoverageReader(coverageId, coverage.getString("eventId"));
      reader.open(app, i % INSTANCES, random);
      readers.add(reader);
    }

    ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
    List<Future<int[]>> work = new ArrayList<>();
    for (int e = 0; e < EDITORS; e++) {
      int seed = e;
      work.add(editors.submit(() -> edit(new Random(seed), OPERATIONS / EDITORS)));
    }
    while (work.stream().anyMatch(f -> !f.isDone())) {
      readers.get(random.nextInt(READERS)).reconnect(app, random.nextInt(INSTANCES), random);
    }
    int[] done = new int[5];
    for (Future<int[]> f : work) {
      int[] counts = f.get();
      Arrays.setAll(done, i -> done[i] + counts[i]);
    }
    editors.shutdown();
    assertTrue(Arrays.stream(done).allMatch(n -> n > 0), "every kind of change ran: " + Arrays.toString(done));

    List<Long> committed = committedEventIds();
    Map<String, JsonObject> stored = storedPage();
    int reconnects = 0;
    for (CoverageReader reader : readers) {
      long last = committed.get(committed.size() - 1);
      Eventually.within(20, () -> {
        try {
          reader.drain();
        } catch (InterruptedException e) {
          return true;
        }
        return reader.lastId() >= last;
      });
      reader.drain();
      reader.close();
      String who = "reader after " + reader.reconnects + " reconnects";
      assertEquals(List.of(), reader.problems, who);
      assertEquals(committed, reader.ids, who + ": every committed event once, in order");
      assertEquals(stored, reader.entries, who + ": the page built from the events is the store's");
      reconnects += reader.reconnects;
    }
    assertTrue(reconnects >= READERS, "too few reconnects to call it churn: " + reconnects);
    String gone = app.db().text("SELECT coalesce(string_agg(id::text, ','), '') FROM live_entry "
        + "WHERE deleted_at IS NOT NULL");
    assertTrue(Arrays.stream(gone.split(",")).noneMatch(stored::containsKey), "a deleted entry is back: " + gone);
    System.out.printf("live churn: %d events, %d readers, %d reconnects, %d entries standing, %s%n",
        committed.size(), READERS, reconnects, stored.size(), Arrays.toString(done));
  }

  /**
   * One editor's share of the churn, each change on a random instance, on the entries this editor created.
   *
   * @return how many creates, edits, pins, unpins and deletes it made
   */
  private int[] edit(Random random, int operations) {
    List<String> mine = new ArrayList<>();
    int[] counts = new int[5];
    for (int i = 0; i < operations; i++) {
      int instance = random.nextInt(INSTANCES);
      int dice = random.nextInt(100);
      String uri = "/api/v1/live/" + coverageId + "/entries";
      if (mine.isEmpty() || dice < 35) {
        JsonObject body = new JsonObject().put("body", "<p>تحديث " + i + "</p>")
            .put("pinned", random.nextInt(8) == 0).put("keyEvent", random.nextInt(5) == 0);
        HttpResponse<Buffer> res = expect(201, desk.send(instance, HttpMethod.POST, uri, body));
        mine.add(res.bodyAsJsonObject().getString("id"));
        counts[0]++;
        continue;
      }
      String entry = mine.get(random.nextInt(mine.size()));
      if (dice < 60) {
        JsonObject change = new JsonObject().put("body", "<p>تعديل " + i + "</p>").put("title", "عنوان " + i);
        expect(200, desk.send(instance, HttpMethod.PATCH, uri + "/" + entry, change));
        counts[1]++;
      } else if (dice < 75) {
        expect(200, desk.send(instance, HttpMethod.PATCH, uri + "/" + entry, new JsonObject().put("pinned", true)));
        counts[2]++;
      } else if (dice < 85) {
        expect(200, desk.send(instance, HttpMethod.PATCH, uri + "/" + entry, new JsonObject().put("pinned", false)));
        counts[3]++;
      } else {
        mine.remove(entry);
        expect(204, desk.send(instance, HttpMethod.DELETE, uri + "/" + entry, null));
        counts[4]++;
      }
    }
    return counts;
  }

  private static HttpResponse<Buffer> expect(int status, HttpResponse<Buffer> res) {
    assertEquals(status, res.statusCode(), res.bodyAsString());
    return res;
  }

  /** The ids of the coverage's events after its creation, from the event log. */
  private List<Long> committedEventIds() {
    String ids = app.db().text("SELECT string_agg(id::text, ',' ORDER BY id) FROM stream_event "
        + "WHERE 'live:" + coverageId + "' = ANY(topics) AND id > " + coverage.getString("eventId"));
    return Arrays.stream(ids.split(",")).map(Long::parseLong).toList();
  }

  /** Every entry the store shows, through all pages of the reader's API; at most one of them pinned, as said. */
  private Map<String, JsonObject> storedPage() {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    JsonObject pinned = null;
    String next = "";
    while (next != null) {
      HttpResponse<Buffer> res = expect(200, app.get(2, "/api/v1/live/" + coverageId + "?limit=20"
          + (next.isEmpty() ? "" : "&before=" + URLEncoder.encode(next, StandardCharsets.UTF_8))));
      JsonObject page = res.bodyAsJsonObject();
      pinned = page.getJsonObject("pinned");
      JsonArray items = page.getJsonArray("items");
      items.forEach(item -> out.put(((JsonObject) item).getString("id"), (JsonObject) item));
      next = page.getString("next");
    }
    List<JsonObject> pins = out.values().stream().filter(e -> e.getBoolean("pinned")).toList();
    assertTrue(pins.size() <= 1, "more than one pinned: " + pins);
    assertEquals(pins.isEmpty() ? null : pins.get(0), pinned, "the page's pinned entry is the one marked pinned");
    return out;
  }
}
