package news.akhbar.live;

import java.util.List;
import java.util.function.Supplier;
import news.akhbar.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A live page (/live/{slug}) in a browser, through the DOM contract written at the top of webroot/live.js. */
final class CoverageTab {

  static final int WAIT_SECONDS = 15;

  private final Browser browser;
  private final ChromeDriver driver;

  CoverageTab(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Loads the coverage's page from an instance and waits until its stream is open. */
  CoverageTab open(int port, String slug) {
    driver.get("http://127.0.0.1:" + port + LivePageServerTest.path(slug));
    awaitTrue("the stream to open", () -> "open".equals(main().getDomAttribute("data-stream")));
    return this;
  }

  WebElement main() {
    return driver.findElement(By.id("content"));
  }

  /** The ids of the entries under a selector ("#entries", "#pinned"), in order, read in one script. */
  @SuppressWarnings("unchecked")
  List<String> ids(String parent) {
    return (List<String>) driver.executeScript("return [...document.querySelectorAll(arguments[0] + ' > [data-id]')]"
        + ".map(n => n.dataset.id);", parent);
  }

  List<String> entries() {
    return ids("#entries");
  }

  /** The text of an entry's body, null when the entry is not on the page. */
  String body(String id) {
    return (String) driver.executeScript("const e = document.getElementById('entry-' + arguments[0]);"
        + "return e ? e.querySelector('.entry-body').textContent : null;", id);
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  boolean shown(String id) {
    return driver.findElement(By.id(id)).isDisplayed();
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  void awaitIds(String parent, List<String> expected) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> parent + " is " + ids(parent) + ", expected " + expected + "\n"
        + browser.console()).until(d -> expected.equals(ids(parent)));
  }

  void awaitTrue(String what, Supplier<Boolean> condition) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "waited for " + what + "\n" + browser.console())
        .until(d -> condition.get());
  }
}
