package news.akhbar.page;

import java.util.List;
import news.akhbar.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The reader's live page as the tests see it, through the DOM contract written at the top of webroot/ticker.js. */
public final class LivePage {

  public static final int WAIT_SECONDS = 10;

  private final Browser browser;
  private final ChromeDriver driver;

  public LivePage(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Loads the page from an instance and waits until its stream is open. */
  public LivePage open(int port) {
    driver.get("http://127.0.0.1:" + port + "/");
    awaitState("live");
    return this;
  }

  /** Read in one script, so a list re-rendered meanwhile cannot leave a stale element behind. */
  @SuppressWarnings("unchecked")
  public List<String> ids() {
    return (List<String>) driver.executeScript(
        "return [...document.querySelectorAll('#latest > li[data-id]')].map(li => li.dataset.id);");
  }

  public WebElement item(String id) {
    return driver.findElement(By.cssSelector("#latest > li[data-id='" + id + "']"));
  }

  /**
   * The text of an item's part (.title, .ago, .badge, time.date) as the list holds it: on the front page the items
   * of the stories featured above the list (lead, banner, secondary row) stay in it, hidden, so this reads the DOM's
   * text rather than what is painted.
   */
  public String text(String id, String part) {
    return item(id).findElement(By.cssSelector(part)).getDomProperty("textContent");
  }

  public String title(String id) {
    return text(id, ".title");
  }

  public String state() {
    return driver.findElement(By.id("status")).getDomAttribute("data-state");
  }

  public Object script(String js) {
    return driver.executeScript(js);
  }

  public void awaitState(String state) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "indicator never became " + state + "; it is " + state()
        + "\n" + browser.console()).until(d -> state.equals(state()));
  }

  public void awaitIds(List<String> expected) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "list is " + ids() + ", expected " + expected
        + "\n" + browser.console()).until(d -> expected.equals(ids()));
  }

  public void awaitTitle(String id, String expected) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "title of " + id + " is not " + expected)
        .until(d -> expected.equals(title(id)));
  }
}
