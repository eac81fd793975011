package news.akhbar.editor;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import news.akhbar.support.Browser;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The console's live desk as the tests see it, through the DOM contract in webroot/editor/console-live.js. */
final class LiveDeskConsole {

  private final Browser browser;
  private final EditorConsole console;

  LiveDeskConsole(Browser browser) {
    this.browser = browser;
    this.console = new EditorConsole(browser);
  }

  EditorConsole console() {
    return console;
  }

  /** Publishes an article through the API and starts its coverage; returns the coverage's id. */
  static String coverage(TestApp app, String title) {
    String articleId = app.published(TestApp.article(title)).getString("id");
    HttpResponse<Buffer> res = EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/articles/" + articleId
        + "/live", null);
    if (res.statusCode() != 201) {
      throw new AssertionError("coverage not started: " + res.statusCode() + " " + res.bodyAsString());
    }
    return res.bodyAsJsonObject().getString("id");
  }

  /** The coverage as readers get it: {coverage, pinned, items, ...}. */
  static JsonObject read(TestApp app, String coverageId) {
    return app.get("/api/v1/live/" + coverageId).bodyAsJsonObject();
  }

  /** Picks a coverage in the desk's picker, once the picker lists it, and waits for the desk to show it. */
  void pick(String coverageId) {
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> "coverage " + coverageId + " never listed\n"
        + browser.console()).until(d -> !d.findElements(By.cssSelector("#live-coverage option[value='"
        + coverageId + "']")).isEmpty());
    new Select(console.find("live-coverage")).selectByValue(coverageId);
    awaitOpen(coverageId);
  }

  void awaitOpen(String coverageId) {
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> "desk never opened " + coverageId + "\n"
        + browser.console()).until(d -> console.find("live-current").isDisplayed()
        && coverageId.equals(console.find("live-coverage").getDomProperty("value"))
        && !console.text("live-title").isEmpty());
  }

  String picked() {
    return console.find("live-coverage").getDomProperty("value");
  }

  void type(String field, String text) {
    WebElement input = console.find("live-field-" + field);
    input.clear();
    input.sendKeys(text);
  }

  /** Sets a field at once (long texts) and tells the page, as typing would. */
  void set(String field, String value) {
    console.script("const f = arguments[0]; f.value = arguments[1];"
        + "f.dispatchEvent(new Event('input', { bubbles: true }));", console.find("live-field-" + field), value);
  }

  void publish() {
    console.find("live-publish").click();
  }

  String status() {
    return console.text("live-status");
  }

  /** Waits for the desk's status line to reach a state and returns its text. */
  String awaitStatus(String state) {
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> "live status is "
        + console.find("live-status").getDomAttribute("data-state") + " (" + status() + "), expected " + state
        + "; problem: " + console.text("live-problem") + "\n" + browser.console())
        .until(d -> state.equals(console.find("live-status").getDomAttribute("data-state")));
    return status();
  }

  String error(String field) {
    return console.text("live-field-" + field + "-error");
  }

  String awaitError(String field) {
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> "no error shown beside " + field + "\n"
        + browser.console()).until(d -> !error(field).isEmpty());
    return error(field);
  }

  List<String> entries() {
    return console.ids("live-entries");
  }

  void awaitEntries(List<String> expected) {
    console.awaitIds("live-entries", expected);
  }

  WebElement entry(String id) {
    return console.row("live-entries", id);
  }

  void click(String entryId, String buttonClass) {
    console.click("live-entries", entryId, buttonClass);
  }

  /** Waits until the entry's row says data-<name> is value (the desk re-read the coverage). */
  void awaitEntry(String entryId, String name, String value) {
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> "entry " + entryId + " never had " + name + "="
        + value + "\n" + browser.console()).until(d -> value.equals(entry(entryId).getDomAttribute("data-" + name)));
  }

  String audience() {
    return console.find("live-audience").getDomAttribute("data-count");
  }

  void awaitAudience(String count, int seconds) {
    browser.waiting(seconds).withMessage(() -> "audience is " + audience() + " ("
        + console.text("live-audience") + "), expected " + count).until(d -> count.equals(audience()));
  }
}
