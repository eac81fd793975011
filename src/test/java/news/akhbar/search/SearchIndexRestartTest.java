package news.akhbar.search;

import static news.akhbar.search.SearchIndexFreshnessTest.ids;
import static news.akhbar.search.SearchIndexFreshnessTest.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.akhbar.support.AppTest;
import news.akhbar.support.Eventually;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index outlives a restart: it catches up from the event log after the event its last commit names, and is
 * rebuilt from the store when its directory is empty or unreadable, while search answers from PostgreSQL.
 */
class SearchIndexRestartTest extends AppTest {

  @BeforeEach
  void twoInstancesWithTheirIndexesReady() {
    app.startInstance();
    for (int i = 0; i < 2; i++) {
      int instance = i;
      assertTrue(Eventually.within(30, () -> status(app, instance).ready()), "instance " + i + " never ready");
    }
  }

  @Test
  void anInstanceStoppedWhileAnotherPublishedCatchesUpFromTheEventLog() {
    publishedThenStopped("مهرجان الزيتون في جرش", "الزيتون");
    String during = app.post(1, TestApp.article("مهرجان التمور في الأحساء")).bodyAsJsonObject().getString("id");

    app.restartInstance(0);

    assertTrue(Eventually.within(30, () -> status(app, 0).ready()));
    LuceneSearch.Status caughtUp = status(app, 0);
    assertFalse(caughtUp.rebuilt(), "caught up by event id, not rebuilt");
    assertEquals(2, caughtUp.documents());
    assertEquals(status(app, 1).appliedEventId(), caughtUp.appliedEventId());
    assertTrue(ids(app, 0, "التمور").contains(during));
  }

  @Test
  void anEmptyDirectoryIsRebuiltFromTheStore() throws IOException {
    String id = publishedThenStopped("سباق الهجن في الصحراء", "الهجن");
    Path dir = app.searchDir(0);
    TestFiles.deleteTree(dir);

    app.restartInstance(0);

    assertTrue(ids(app, 0, "الهجن").contains(id), "found at once: from PostgreSQL or the rebuilt index");
    assertTrue(Eventually.within(30, () -> status(app, 0).ready()));
    assertTrue(status(app, 0).rebuilt());
    assertEquals(1, status(app, 0).documents());
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void anUnreadableIndexIsRebuiltFromTheStore() throws IOException {
    String id = publishedThenStopped("معرض الكتاب يفتح أبوابه", "الكتاب");
    Path dir = app.searchDir(0);
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(file, "not an index");
      }
    }

    app.restartInstance(0);

    assertTrue(Eventually.within(30, () -> status(app, 0).ready()));
    assertTrue(status(app, 0).rebuilt());
    assertTrue(ids(app, 0, "الكتاب").contains(id));
  }

  @Test
  void aRebuildOfMoreArticlesThanABatchIndexesEveryLiveOneOnce() throws IOException {
    app.stopInstance(0);
    app.db().execute("INSERT INTO article (slug, title, excerpt, body, topic, lang, breaking, published_at, "
        + "updated_at, event_id) SELECT 'bulk-' || g, 'نخيل الواحة ' || g, 'excerpt', '<p>نخيل</p>', 'general', 'ar', "
        + "false, now() - g * interval '1 minute', now(), 0 FROM generate_series(1, " + (2 * LuceneSearch.BATCH + 500)
        + ") g");
    long live = app.db().count("SELECT count(*) FROM article WHERE retracted_at IS NULL");
    TestFiles.deleteTree(app.searchDir(0));

    app.restartInstance(0);

    assertTrue(Eventually.within(60, () -> status(app, 0).ready()));
    assertTrue(status(app, 0).rebuilt());
    assertEquals(live, status(app, 0).documents(), "every batch read, none twice");
  }

  /** Publishes an article, waits for instance 0's index to find it by word, then stops instance 0. */
  private String publishedThenStopped(String title, String word) {
    String id = app.published(TestApp.article(title)).getString("id");
    assertTrue(Eventually.within(1, () -> ids(app, 0, word).contains(id)));
    app.stopInstance(0);
    return id;
  }
}
