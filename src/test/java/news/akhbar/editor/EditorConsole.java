package news.akhbar.editor;

import java.util.List;
import news.akhbar.support.Browser;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The newsroom console as the tests see it, through the DOM contract written at the top of webroot/editor/console.js. */
final class EditorConsole {

  static final int WAIT_SECONDS = 10;

  private final Browser browser;
  private final ChromeDriver driver;

  EditorConsole(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  EditorConsole open(int port) {
    driver.get("http://127.0.0.1:" + port + "/editor/");
    browser.waiting(WAIT_SECONDS).until(d -> d.findElement(By.id("token")).isDisplayed());
    return this;
  }

  /** Signs in and waits until the console's stream is open, so nothing published afterwards can be missed. */
  EditorConsole signIn(String token) {
    submitToken(token);
    browser.waiting(WAIT_SECONDS).withMessage(() -> "console never opened; token error: " + text("token-error")
        + "\n" + browser.console()).until(d -> "live".equals(find("stream-status").getDomAttribute("data-state")));
    return this;
  }

  void submitToken(String token) {
    WebElement field = find("token");
    field.clear();
    field.sendKeys(token);
    find("sign-in-button").click();
  }

  boolean deskShown() {
    return find("desk").isDisplayed();
  }

  void mode(String mode) {
    driver.findElement(By.cssSelector("input[name='mode'][value='" + mode + "']")).click();
  }

  WebElement field(String name) {
    return find("field-" + name);
  }

  /** Types into a field as a person would; the body is typed at the writing desk, over whatever it held. */
  void type(String name, String text) {
    WebElement field = field(name);
    if ("body".equals(name)) {
      field.click();
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    } else {
      field.clear();
    }
    field.sendKeys(text);
  }

  /**
   * Sets a field's value at once (long texts, datetime-local) and tells the page, as typing would. The body is
   * pasted as HTML into the emptied desk, the way an editor brings a text over from Word or a web page.
   */
  void set(String name, String value) {
    if ("body".equals(name)) {
      type("body", "");
      pasteHtml(value);
      return;
    }
    driver.executeScript("const f = arguments[0]; f.value = arguments[1];"
        + "f.dispatchEvent(new Event('input', { bubbles: true }));", field(name), value);
  }

  /** Pastes HTML (and its text) into the desk where the cursor is, through the browser's own paste event. */
  void pasteHtml(String html) {
    // the plain text is taken here: parsing hostile HTML in the page would itself trip the page's policy
    driver.executeScript("const data = new DataTransfer(); data.setData('text/html', arguments[1]);"
        + "data.setData('text/plain', arguments[2]); arguments[0].focus();"
        + "arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true,"
        + " cancelable: true }));", field("body"), html, Jsoup.parse(html).text());
  }

  /** The body as the desk would send it: the HTML of its document. */
  String bodyHtml() {
    return (String) driver.executeScript("return document.getElementById('preview')"
        + ".querySelector('.preview-body').textContent;");
  }

  /** Presses a button of the desk's toolbar (data-command: h2, strong, bullet, quote, link…). */
  void format(String command) {
    driver.findElement(By.cssSelector("#desk-toolbar button[data-command='" + command + "']")).click();
  }

  void publish() {
    find("publish").click();
  }

  String status() {
    return text("compose-status");
  }

  String statusState() {
    return find("compose-status").getDomAttribute("data-state");
  }

  /** Waits for the compose status to reach a state and returns its text. */
  String awaitStatus(String state) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "status is " + statusState() + " (" + status() + "), expected "
        + state + "; problem: " + text("compose-problem") + "\n" + browser.console())
        .until(d -> state.equals(statusState()));
    return status();
  }

  String error(String field) {
    return text("field-" + field + "-error");
  }

  String awaitError(String field) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "no error shown beside " + field + "\n" + browser.console())
        .until(d -> !error(field).isEmpty());
    return error(field);
  }

  String text(String id) {
    return find(id).getText();
  }

  WebElement find(String id) {
    return driver.findElement(By.id(id));
  }

  @SuppressWarnings("unchecked")
  List<String> ids(String list) {
    return (List<String>) driver.executeScript(
        "return [...document.querySelectorAll('#' + arguments[0] + ' > li[data-id]')].map(li => li.dataset.id);", list);
  }

  void awaitIds(String list, List<String> expected) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "#" + list + " is " + ids(list) + ", expected " + expected
        + "\n" + browser.console()).until(d -> expected.equals(ids(list)));
  }

  /** Waits until a list holds exactly one item and returns its id. */
  String awaitOnlyId(String list) {
    browser.waiting(WAIT_SECONDS).withMessage(() -> "#" + list + " is " + ids(list) + ", expected one item")
        .until(d -> ids(list).size() == 1);
    return ids(list).get(0);
  }

  WebElement row(String list, String id) {
    return driver.findElement(By.cssSelector("#" + list + " > li[data-id='" + id + "']"));
  }

  void click(String list, String id, String buttonClass) {
    row(list, id).findElement(By.cssSelector("button." + buttonClass)).click();
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }
}
