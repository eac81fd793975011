package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;

/**
 * A reader of one coverage's stream that keeps its page across reconnects: the entries as the events it got say
 * they are, and what went wrong on the way (a duplicate, an id not above the last one, two pins, a resurrection).
 */
final class CoverageReader {

  private final String coverageId;
  final Map<String, JsonObject> entries = new LinkedHashMap<>();
  final List<Long> ids = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  private final Set<String> deleted = new HashSet<>();
  private String lastEventId;
  private SseProbe probe;
  int reconnects;
  private String resumedAfter;

  CoverageReader(String coverageId, String fromEventId) {
    this.coverageId = coverageId;
    this.lastEventId = fromEventId;
  }

  /** Opens the stream on that instance, resuming after the last event applied (header or query, at random). */
  void open(TestApp app, int instance, Random random) throws Exception {
    boolean header = random.nextBoolean();
    String uri = "/api/v1/stream?coverage=" + coverageId + (header ? "" : "&lastEventId=" + lastEventId);
    probe = app.openStream(instance, uri,
        header ? MultiMap.caseInsensitiveMultiMap().add("Last-Event-ID", lastEventId) : null);
    assertEquals("ready", probe.opening().event(), "a resume inside the window must not reset");
    resumedAfter = lastEventId + (header ? " (header)" : " (query)") + " on instance " + instance;
  }

  void reconnect(TestApp app, int instance, Random random) throws Exception {
    drain();
    probe.close();
    reconnects++;
    open(app, instance, random);
  }

  /** Applies every event that has arrived so far. */
  void drain() throws InterruptedException {
    for (SseEvent e = probe.next(0); e != null; e = probe.next(0)) {
      apply(e);
    }
  }

  long lastId() {
    return ids.isEmpty() ? -1 : ids.get(ids.size() - 1);
  }

  void close() {
    probe.close();
  }

  private void apply(SseEvent e) {
    if ("audience".equals(e.event()) || "ready".equals(e.event())) {
      return;   // the audience count has no id: line (a browser gives it the last id); ready says where we stand
    }
    long id = Long.parseLong(e.id());
    if (ids.contains(id)) {
      problems.add("duplicate event " + id + " on connection " + reconnects + ", resumed after " + resumedAfter);
      return;
    }
    if (id <= lastId()) {
      problems.add("event " + id + " after " + lastId());
    }
    ids.add(id);
    lastEventId = e.id();
    JsonObject data = new JsonObject(e.data());
    switch (e.event()) {
      case "entry", "entry-update" -> changed(id, data);
      case "entry-delete" -> {
        String entryId = data.getString("id");
        if (entries.remove(entryId) == null) {
          problems.add("event " + id + " deletes " + entryId + ", which this reader did not have");
        }
        deleted.add(entryId);
      }
      default -> problems.add("event " + id + " of unexpected kind " + e.event());
    }
  }

  private void changed(long id, JsonObject data) {
    JsonObject entry = data.getJsonObject("entry");
    String entryId = entry.getString("id");
    if (deleted.contains(entryId)) {
      problems.add("event " + id + " resurrects deleted entry " + entryId);
    }
    String unpinned = data.getString("unpinned");
    if (unpinned != null) {
      JsonObject was = entries.get(unpinned);
      if (was == null) {
        problems.add("event " + id + " unpins " + unpinned + ", which this reader did not have");
      } else {
        was.put("pinned", false).put("updatedAt", entry.getString("updatedAt")).put("eventId", Long.toString(id));
      }
    }
    entries.put(entryId, entry);
    long pins = entries.values().stream().filter(x -> x.getBoolean("pinned")).count();
    if (pins > 1) {
      problems.add("after event " + id + ", " + pins + " entries are pinned");
    }
  }
}
