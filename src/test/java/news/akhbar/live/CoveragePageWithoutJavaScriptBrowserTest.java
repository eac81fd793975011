package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Chromium with JavaScript switched off: the live page still lists its entries, and older ones a link away. */
class CoveragePageWithoutJavaScriptBrowserTest extends CoverageBrowserTest {

  @BeforeAll
  static void launchBrowser() {
    browser = Browser.withoutJavaScript();
  }

  @Test
  void pageListsPinnedKeyEventsAndEntriesAndLinksToOlderOnes() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      ids.add(0, desk.entry(coverageId, "<p>تحديث رقم " + i + "</p>").getString("id"));
    }
    String pinned = desk.entry(coverageId, new JsonObject().put("title", "ملخص الساعة").put("body", "<p>ملخص</p>")
        .put("pinned", true).put("keyEvent", true)).getString("id");
    ChromeDriver driver = browser.driver();

    driver.get("http://127.0.0.1:" + app.port() + LivePageServerTest.path(coverage.getString("slug")));

    assertTrue(driver.findElement(By.id("live-mark")).isDisplayed());
    assertEquals(pinned, driver.findElement(By.cssSelector("#pinned > .entry")).getDomAttribute("data-id"));
    assertEquals("ملخص الساعة", driver.findElement(By.cssSelector("#key-list a")).getText().split(" منذ")[0].trim());
    List<String> shown = driver.findElements(By.cssSelector("#entries > .entry")).stream()
        .map(e -> e.getDomAttribute("data-id")).toList();
    assertEquals(ids.subList(0, 19), shown, "twenty newest, the pinned one on top instead of among them");
    assertEquals("تحديث رقم 20", driver.findElement(By.cssSelector("#entries > .entry .entry-body")).getText());
    assertFalse(driver.findElement(By.id("new-updates")).isDisplayed());
    browser.screenshot("live-without-javascript-1280.png");

    driver.findElement(By.id("load-more")).click();

    browser.waiting(CoverageTab.WAIT_SECONDS).until(d -> d.getCurrentUrl().contains("?before="));
    assertEquals(ids.subList(19, 21), driver.findElements(By.cssSelector("#entries > .entry")).stream()
        .map(e -> e.getDomAttribute("data-id")).toList());
  }
}
