package news.akhbar.page;

import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A page test: one headless Chromium per class, and per test the real app and a fresh page on it. */
public abstract class BrowserTest extends AppTest {

  protected static Browser browser;
  protected LivePage page;

  @BeforeAll
  static void launchBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void quitBrowser() {
    browser.close();
  }

  @BeforeEach
  void openPage() {
    page = new LivePage(browser);
  }

  /** Runs before AppTest stops the app, so the page lets go of its stream first. */
  @AfterEach
  void leavePage() {
    browser.driver().get("about:blank");
  }
}
