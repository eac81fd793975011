package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's «الأقسام» section in Chromium, on a laptop and on a phone: an editor renames a topic in place, is
 * told in Arabic beside the field what is wrong with a name, and the front page's tab shows the new name.
 */
class TopicDeskBrowserTest extends AppTest {

  private static final String NEW = "الرياضة والشباب";

  private static final Path AXE = Path.of(".ci", "axe", "node_modules", "axe-core", "axe.min.js");

  @Test
  void anEditorRenamesATopicAt1366PixelsAndTheFrontPageTabFollows() throws Exception {
    try (Browser browser = Browser.start(1366, 900)) {
      renameAndSeeTheTab(browser, "topic-desk-1366.png");
    }
  }

  /** The section is not a page state of its own (it shows once signed in), so axe-core is run on it here. */
  @Test
  void theSectionWithAnErrorShownHasNoAxeViolation() throws Exception {
    assertTrue(Files.exists(AXE), AXE + " is missing: run `npm ci` in .ci/axe (.ci/run does)");
    try (Browser browser = Browser.start(1366, 900)) {
      EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(TestApp.TOKEN);
      WebElement name = row(browser, "sports").findElement(By.className("topic-name"));
      console.script("arguments[0].value = ' '; arguments[0].form.requestSubmit();", name);
      browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> "true".equals(name.getDomAttribute("aria-invalid")));
      console.script(Files.readString(AXE));
      Object violations = browser.driver().executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          axe.run('#topic-desk', { resultTypes: ['violations'] })
            .then((r) => done(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(' | '))))
            .catch((e) => done(['axe failed: ' + e]));""");
      assertEquals(java.util.List.of(), violations, "axe-core's violations in «الأقسام»");
      browser.driver().get("about:blank");
    }
  }

  @Test
  void anEditorRenamesATopicOnA390PixelPhoneAndTheFrontPageTabFollows() throws Exception {
    try (Browser browser = Browser.phone(390, 844)) {
      renameAndSeeTheTab(browser, "topic-desk-390.png");
    }
  }

  private void renameAndSeeTheTab(Browser browser, String screenshot) throws Exception {
    app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
    app.published(TestApp.article("خبر في قسم بلا اسم").put("topic", "astronomy"));
    EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(TestApp.TOKEN);
    WebElement sports = row(browser, "sports");
    WebElement name = sports.findElement(By.className("topic-name"));
    assertEquals("رياضة", name.getDomProperty("value"));
    assertEquals("", row(browser, "astronomy").findElement(By.className("topic-name")).getDomProperty("value"),
        "a topic in use without a name is listed to be named");
    assertEquals("رياضة", console.script("return document.querySelector('#topic-choices option[value=sports]').label;"),
        "the article form offers the topic by its name");

    console.script("arguments[0].value = '\\u200b\\u200f '; arguments[0].form.requestSubmit();", name);
    WebElement error = sports.findElement(By.className("field-error"));
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> error.isDisplayed());
    assertEquals("اسم القسم مطلوب، ولا تكفي المسافات أو علامات الاتجاه وحدها", error.getText());
    assertEquals("true", name.getDomAttribute("aria-invalid"));
    assertEquals(name, browser.driver().switchTo().activeElement(), "the field with the error has the focus");
    assertEquals(0, app.db().count("SELECT count(*) FROM topic_name_revision"), "nothing was saved");

    name.clear();
    name.sendKeys(NEW);
    sports.findElement(By.className("topic-save")).click();
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(browser::console)
        .until(d -> "saved".equals(d.findElement(By.id("topics-status")).getDomAttribute("data-state")));
    assertTrue(error.getText().isEmpty() && !error.isDisplayed(), "the error left: " + error.getText());
    assertEquals(NEW, console.script("return document.querySelector('#topic-choices option[value=sports]').label;"));
    long viewport = (Long) console.script("return window.innerWidth;");
    long scrolled = (Long) console.script("return document.documentElement.scrollWidth;");
    assertTrue(scrolled <= viewport, "the console is " + scrolled + " px wide on a " + viewport + " px screen");
    console.script("document.getElementById('topic-desk').scrollIntoView();");
    Path shot = browser.screenshot(screenshot);
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " looks empty");

    browser.driver().get("http://127.0.0.1:" + app.port() + "/");
    assertEquals(NEW, browser.driver().findElement(By.cssSelector("nav.topics a[data-topic=sports]")).getText());
    browser.driver().get("about:blank");
  }

  private static WebElement row(Browser browser, String topic) {
    By row = By.cssSelector("#topic-names li.topic-row[data-topic=" + topic + "]");
    return browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(browser::console)
        .until(d -> d.findElements(row).isEmpty() ? null : d.findElement(row));
  }
}
