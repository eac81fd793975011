package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.akhbar.support.AppTest;
import news.akhbar.support.Eventually;
import news.akhbar.support.SseProbe;
import org.junit.jupiter.api.Test;

/**
 * Readers cut off at the same instant do not all come back in the same instant: each stream opens with one of
 * eight retry: hints from 1 to 4.5 s (what a reader dropped as too slow waits), and on shutdown each stream's last
 * hint is its own, spread over AKHBAR_RECONNECT_SPREAD_MILLIS above 500 ms.
 */
class ReconnectSpreadTest extends AppTest {

  private static final int READERS = 60;

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_RECONNECT_SPREAD_MILLIS", "4000");
  }

  @Test
  void openingsAndGoodbyesCarrySpreadRetryHints() throws Exception {
    List<SseProbe> streams = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      streams.add(app.openStream("/api/v1/stream"));
    }
    Set<Integer> openings = new HashSet<>();
    for (SseProbe s : streams) {
      int retry = s.retries().get(0);
      assertTrue(retry >= 1_000 && retry <= 4_500 && retry % 500 == 0, "opening hint " + retry);
      openings.add(retry);
    }
    assertTrue(openings.size() >= 4, "opening hints hardly spread: " + openings);

    app.stopInstance(0);
    assertTrue(Eventually.within(10, () -> streams.stream().allMatch(s -> s.ended() && s.retries().size() == 2)),
        "not every stream ended with a goodbye hint");
    Set<Integer> goodbyes = new HashSet<>();
    for (SseProbe s : streams) {
      int retry = s.retries().get(1);
      assertTrue(retry >= 500 && retry <= 4_500, "goodbye hint " + retry);
      goodbyes.add(retry);
    }
    assertTrue(goodbyes.size() >= READERS / 2, "goodbye hints hardly spread: " + goodbyes);
    assertFalse(goodbyes.stream().allMatch(r -> r < 1_000), "goodbye hints all bunched low: " + goodbyes);
  }
}
