package news.akhbar.live;

import news.akhbar.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;

/**
 * A live page test: one browser per class, launched by the subclass's own {@code @BeforeAll} (with or without
 * JavaScript, as it needs) and closed after its last test, and per test the real app with one coverage started.
 */
abstract class CoverageBrowserTest extends LiveAppTest {

  @AutoClose
  protected static Browser browser;

  /** Runs before the app stops, so the page lets go of its stream first. */
  @AfterEach
  void leavePage() {
    browser.driver().get("about:blank");
  }
}
