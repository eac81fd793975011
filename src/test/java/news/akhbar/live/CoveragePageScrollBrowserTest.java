package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A reader scrolled down the live page is not moved: new entries wait behind a button, counted in the title. */
class CoveragePageScrollBrowserTest extends CoverageBrowserTest {

  private static final String LAST_ENTRY_TOP = "return Math.round(document.querySelector('#entries > .entry:last-child')"
      + ".getBoundingClientRect().top);";
  @BeforeAll
  static void launchBrowser() {
    browser = Browser.start(1366, 900);
  }

  @Test
  void readerScrolledDownSeesANewUpdatesButtonNotAJump() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ids.add(0, desk.entry(coverageId, "<p>" + "تحديث طويل عن تطورات الأحداث في المدينة. ".repeat(12) + i + "</p>")
          .getString("id"));
    }
    CoverageTab tab = new CoverageTab(browser).open(app.port(), coverage.getString("slug"));
    String title = browser.driver().getTitle();
    tab.script("window.scrollTo(0, document.documentElement.scrollHeight);");
    long scrolled = (Long) tab.script("return Math.round(window.scrollY);");
    assertTrue(scrolled > 500, "scrolled to " + scrolled);
    Object before = tab.script(LAST_ENTRY_TOP);

    String fresh = desk.entry(coverageId, "<p>عاجل: تحديث جديد</p>").getString("id");
    String another = desk.entry(coverageId, "<p>تحديث آخر</p>").getString("id");

    tab.awaitTrue("the new updates button", () -> tab.shown("new-updates")
        && tab.text("new-updates").startsWith("تحديثان جديدان"));
    assertEquals("(٢) " + title, browser.driver().getTitle());
    assertEquals(scrolled, (Long) tab.script("return Math.round(window.scrollY);"), "the reader was not moved");
    assertEquals(before, tab.script(LAST_ENTRY_TOP), "what the reader reads stayed where it was");
    assertNull(tab.body(fresh), "the new entry waits");
    assertEquals(ids, tab.entries());

    browser.driver().findElement(org.openqa.selenium.By.id("new-updates")).click();

    List<String> all = new ArrayList<>(List.of(another, fresh));
    all.addAll(ids);
    tab.awaitIds("#entries", all);
    assertFalse(tab.shown("new-updates"));
    assertEquals(title, browser.driver().getTitle());
  }

  @Test
  void readerAtTheTopSeesNewEntriesAppearInPlace() {
    String first = desk.entry(coverageId, "<p>الأول</p>").getString("id");
    CoverageTab tab = new CoverageTab(browser).open(app.port(), coverage.getString("slug"));
    String title = browser.driver().getTitle();

    String second = desk.entry(coverageId, "<p>الثاني</p>").getString("id");

    tab.awaitIds("#entries", List.of(second, first));
    assertFalse(tab.shown("new-updates"));
    assertEquals(title, browser.driver().getTitle());
  }

  @Test
  void loadMoreAppendsOlderEntriesFromTheReadersApi() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      ids.add(0, desk.entry(coverageId, "<p>تحديث " + i + "</p>").getString("id"));
    }
    CoverageTab tab = new CoverageTab(browser).open(app.port(), coverage.getString("slug"));
    assertEquals(ids.subList(0, 20), tab.entries());

    tab.script("document.getElementById('load-more').click();");

    tab.awaitIds("#entries", ids);
    assertFalse(tab.shown("load-more"), "nothing older is left");
    assertTrue(browser.driver().getCurrentUrl().endsWith(LivePageServerTest.path(coverage.getString("slug"))),
        "the script loaded them in place");
  }
}
