package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import news.akhbar.support.LiveCoverage;
import news.akhbar.support.TestApp;
import news.akhbar.web.PathIds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The "مباشر" mark of a live story comes and goes on an open front page over the ticker, at desk and phone widths. */
class FrontPageLiveMarkBrowserTest extends BrowserTest {

  /**
   * Whether the story's item holds a mark linking to its live page (the item itself is hidden while the story is
   * featured above the list), and whether the lead and the banner each show one, in one read.
   */
  private static final String MARKS = "const id = arguments[0], url = arguments[1];"
      + "const shown = (m) => Boolean(m) && m.offsetParent !== null && m.getAttribute('href') === url"
      + " && m.getBoundingClientRect().right <= innerWidth;"
      + "const held = (m) => Boolean(m) && m.getAttribute('href') === url;"
      + "return [held(document.querySelector('#latest > li[data-id=\"' + id + '\"] .live-mark')),"
      + " shown(document.querySelector('#lead .live-mark')), shown(document.querySelector('#breaking .live-mark'))]"
      + ".join();";

  @Test
  void startingAndEndingACoverageMarksTheStoryWithoutAReloadAtDeskWidth() {
    browser.driver().manage().window().setSize(new Dimension(1366, 900));
    app.published(TestApp.article("افتتاح معرض الكتاب"));
    JsonObject story = app.published(TestApp.article("حريق في غابات الشمال"));
    page.open(app.port());
    page.script("window.akhbarSamePage = true;");
    String url = PathIds.livePath(story.getString("slug"));

    String coverageId = LiveCoverage.start(app, story.getString("id")).getString("id");
    awaitMarks(story.getString("id"), url, "true,true,false");   // the lead; no breaking item, no banner

    LiveCoverage.end(app, coverageId);
    awaitMarks(story.getString("id"), url, "false,false,false");
    assertEquals(Boolean.TRUE, page.script("return window.akhbarSamePage === true;"), "the page was reloaded");
  }

  @Test
  void aStoryLiveWhenThePageLoadsIsMarkedOnAPhone() {
    browser.emulatePhone(390, 844);
    try {
      JsonObject story = app.published(TestApp.article("عاصفة ثلجية تغلق الطرق الجبلية").put("breaking", true));
      LiveCoverage.start(app, story.getString("id"));
      JsonObject later = app.published(TestApp.article("نتائج مباراة الأمس"));
      page.open(app.port());

      // the banner's story; the lead is the other one
      awaitMarks(story.getString("id"), PathIds.livePath(story.getString("slug")), "true,false,true");
      assertTrue(page.script("return document.querySelector('#latest > li[data-id=\"" + later.getString("id")
          + "\"] .live-mark');") == null, "only the live story is marked");
      assertEquals(Boolean.TRUE, page.script("return document.documentElement.scrollWidth <= innerWidth;"),
          "the marks make the page wider than the phone");
    } finally {
      browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void awaitMarks(String id, String url, String expected) {
    browser.waiting(LivePage.WAIT_SECONDS)
        .withMessage(() -> "marks (item, lead, banner) are " + browser.driver().executeScript(MARKS, id, url)
            + ", expected " + expected + "\n" + browser.console())
        .until(d -> expected.equals(browser.driver().executeScript(MARKS, id, url)));
  }
}
