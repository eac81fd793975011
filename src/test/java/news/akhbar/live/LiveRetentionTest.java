package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import news.akhbar.support.Await;
import org.junit.jupiter.api.Test;

/** Retention prunes live events like any other, keeps coverages and entries, and the delta read says so. */
class LiveRetentionTest extends LiveAppTest {

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_REPLAY_RING", "1", "AKHBAR_RETENTION_INTERVAL", "0");
  }

  @Test
  void prunedLiveEventsLeaveTheEntriesAndMakeAnOldDeltaReadAReset() {
    // events: 1 the article, 2 the coverage, 3 to 5 the entries; 1 to 3 are aged out
    desk.entry(coverageId, "<p>١</p>");
    desk.entry(coverageId, "<p>٢</p>");
    JsonObject third = desk.entry(coverageId, "<p>٣</p>");
    app.db().execute("UPDATE stream_event SET created_at = created_at - interval '8 days' WHERE id <= 3");

    Await.of(app.instance(0).retention().runOnce()).orElseThrow();

    assertEquals(3, app.db().count("SELECT count(*) FROM live_entry WHERE deleted_at IS NULL"));
    assertEquals(3, app.get("/api/v1/live/" + coverageId).bodyAsJsonObject().getJsonArray("items").size());
    JsonObject old = app.get("/api/v1/live/" + coverageId + "/changes?since=1").bodyAsJsonObject();
    assertTrue(old.getBoolean("reset"));
    assertEquals(0, old.getJsonArray("events").size());
    JsonObject recent = app.get("/api/v1/live/" + coverageId + "/changes?since=4").bodyAsJsonObject();
    assertEquals(third.getString("eventId"), recent.getJsonArray("events").getJsonObject(0).getString("id"));
  }
}
