package news.akhbar.latest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.akhbar.article.Article;
import news.akhbar.article.Topic;
import org.junit.jupiter.api.Test;

/** The shelves of the newest news on their own: what they hold, what they know to be complete, what they ask for. */
class ShelvesTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void keepsTheNewestOfTheListAndSendsOlderPagesToTheStore() {
    Shelves shelves = shelves(3, 3, "politics", "politics", "politics", "politics", "politics");
    Snapshot now = shelves.snapshot(5, T0, LiveStories.NONE);
    assertEquals(List.of("5", "4", "3"), ids(now.list(ListQuery.latest(3))));
    Cursor third = Cursor.after(now.article(3));
    assertEquals(Optional.empty(), now.list(new ListQuery(3, null, null, null, third)), "older than the floor");
  }

  @Test
  void aTopicShelfKeepsItsOwnNewestBelowTheListFloor() {
    Shelves shelves = shelves(2, 2, "sport", "sport", "politics", "politics", "politics");
    Snapshot now = shelves.snapshot(5, T0, LiveStories.NONE);
    assertEquals(List.of("2", "1"), ids(now.list(new ListQuery(2, "sport", null, null, null))));
    assertEquals(List.of("5", "4"), ids(now.list(ListQuery.latest(2))));
  }

  @Test
  void aRetractedArticleLeavesTheShelvesAndIsKnownRetracted() {
    Shelves shelves = shelves(10, 10, "politics", "politics");
    shelves.retracted(1, "politics");
    Snapshot now = shelves.snapshot(3, T0, LiveStories.NONE);
    assertEquals(List.of("2"), ids(now.list(ListQuery.latest(10))));
    assertEquals(Snapshot.Known.RETRACTED, now.known(1));
    assertEquals(Snapshot.Known.RETRACTED, now.knownSlug("khabar-1"));
  }

  @Test
  void aListThinnedByRetractionsBelowHalfAsksForARefill() {
    Shelves shelves = shelves(4, 4, "politics", "politics", "politics", "politics", "politics", "politics");
    assertEquals(List.of(), shelves.low());
    shelves.retracted(6, "politics");
    shelves.retracted(5, "politics");
    shelves.retracted(4, "politics");
    shelves.trim();
    assertTrue(shelves.low().contains(Shelves.LIST), "low shelves: " + shelves.low());
  }

  @Test
  void anUpdateThatChangesTheTopicMovesTheArticleBetweenTopicCounts() {
    Shelves shelves = shelves(10, 10, "sport");
    Article moved = article(1, "politics");
    shelves.updated(moved, "sport");
    List<Topic> topics = shelves.snapshot(2, T0, LiveStories.NONE).topics().orElseThrow();
    assertEquals(List.of(new Topic("politics", 1, moved)), topics);
  }

  /** Shelves keeping perList and perTopic, started empty, then given one published article per topic named. */
  private static Shelves shelves(int perList, int perTopic, String... topics) {
    Shelves shelves = new Shelves(perList, perTopic, 10);
    shelves.load(new LatestBoot(0, null, List.of(), Map.of(), Map.of(), true, List.of(), Map.of()));
    for (int i = 0; i < topics.length; i++) {
      shelves.published(article(i + 1, topics[i]));
      shelves.trim();
    }
    return shelves;
  }

  /** Article n, published n minutes after T0. */
  private static Article article(long n, String topic) {
    Instant at = T0.plusSeconds(60 * n);
    return new Article(Long.toString(n), "khabar-" + n, "خبر " + n, "", "", topic, "ar", false, "وكالة", at, at,
        Long.toString(n), null, null);
  }

  private static List<String> ids(Optional<Page> page) {
    return page.orElseThrow().items().stream().map(Article::id).toList();
  }
}
