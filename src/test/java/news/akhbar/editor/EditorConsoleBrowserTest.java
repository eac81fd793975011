package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import news.akhbar.page.BrowserTest;
import news.akhbar.page.LivePage;
import news.akhbar.support.Await;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/** The console signs editors in and its writes reach the front page, open in another tab, live. */
class EditorConsoleBrowserTest extends BrowserTest {

  private EditorConsole console;
  private String consoleTab;

  @BeforeEach
  void openConsole() {
    console = new EditorConsole(browser);
    consoleTab = browser.driver().getWindowHandle();
  }

  /** Closes the front-page tabs a test opened; the base class then blanks the console's tab and stops the app. */
  @AfterEach
  void closeOtherTabs() {
    for (String tab : browser.driver().getWindowHandles()) {
      if (!tab.equals(consoleTab)) {
        browser.driver().switchTo().window(tab).close();
      }
    }
    browser.driver().switchTo().window(consoleTab);
  }

  @Test
  void consoleIsServedAtEditorWithAndWithoutTheSlashUnderTheStrictPolicy() {
    HttpResponse<Buffer> bare = Await.of(app.web().get(app.port(), "127.0.0.1", "/editor").followRedirects(false)
        .send(), 10);
    HttpResponse<Buffer> page = app.get("/editor/");
    HttpResponse<Buffer> script = app.get("/editor/console.js");

    assertTrue(bare.statusCode() == 301 || bare.statusCode() == 302, "status " + bare.statusCode());
    assertEquals("/editor/", bare.getHeader("Location"));
    assertEquals(200, page.statusCode());
    assertTrue(page.getHeader("Content-Type").toLowerCase().startsWith("text/html"));
    assertTrue(page.bodyAsString().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertFalse(page.bodyAsString().contains("<script>"), "inline script would break the policy");
    assertTrue(page.getHeader("Content-Security-Policy").contains("script-src 'self'"));
    assertEquals(200, script.statusCode());
    assertTrue(script.getHeader("Content-Type").contains("javascript"), script.getHeader("Content-Type"));
  }

  @Test
  void editorSignsInWithTheirTokenWhichStaysInTheTabAndOutOfTheUrl() {
    EditorClient layla = EditorClient.added(app, "ليلى", null);
    console.open(app.port());

    console.signIn(layla.token());

    assertTrue(console.deskShown());
    assertFalse(browser.driver().getCurrentUrl().contains(layla.token()));
    assertEquals(layla.token(), console.script("return sessionStorage.getItem('akhbar.editor.token');"));
    assertEquals("", console.find("token").getDomProperty("value"), "the token stays in the field");
    assertEquals(console.field("title"), browser.driver().switchTo().activeElement());
    browser.driver().navigate().refresh();
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> console.deskShown());
    browser.screenshot("editor-console-1280.png");
  }

  @Test
  void unknownOrMalformedTokenShowsTheArabicUnauthorizedMessage() {
    console.open(app.port());

    console.submitToken("not-a-real-token-0123456789");
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> !console.text("token-error").isEmpty());
    assertEquals("الرمز غير صالح أو أُلغي", console.text("token-error"));
    assertFalse(console.deskShown());
    assertNull(console.script("return sessionStorage.getItem('akhbar.editor.token');"));

    console.submitToken("رمز فيه مسافات");
    assertEquals("الرمز غير صالح أو أُلغي", console.text("token-error"));
    assertEquals("true", console.find("token").getDomAttribute("aria-invalid"));
  }

  @Test
  void publishedFlashArrivesOnTheStreamWithinASecondAndOnTheFrontPageInAnotherTab() {
    FrontTab front = openFrontPageInNewTab();
    browser.driver().switchTo().window(consoleTab);
    console.open(app.port()).signIn(EditorClient.added(app, "سامي", null).token());

    console.type("title", "عاجل: انقطاع الكهرباء عن أحياء العاصمة الشرقية");
    assertEquals("عاجل: انقطاع الكهرباء عن أحياء العاصمة الشرقية",
        console.find("preview").findElement(By.className("preview-title")).getText());
    console.publish();

    String confirmation = console.awaitStatus("arrived");
    assertTrue(confirmation.startsWith("وصل إلى البث"), confirmation);
    long millis = Long.parseLong(console.find("compose-status").getDomAttribute("data-millis"));
    System.out.println("console: publish click to stream arrival " + millis + " ms");
    assertTrue(millis < 1000, "arrived after " + millis + " ms");
    String id = console.awaitOnlyId("recent");
    assertEquals("", console.field("title").getDomProperty("value"), "the form starts a new item");

    browser.driver().switchTo().window(front.tab);
    front.page.awaitIds(List.of(id));
    assertEquals("عاجل: انقطاع الكهرباء عن أحياء العاصمة الشرقية", front.page.title(id));
    assertEquals("عاجل", front.page.text(id, ".badge"));
    assertEquals(1, app.db().count("SELECT count(*) FROM article WHERE breaking"));
  }

  @Test
  void titleEditedInTheConsoleChangesOnTheFrontPage() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.type("title", "حريق في مستودع قرب الميناء");
    console.publish();
    console.awaitStatus("arrived");
    String id = console.awaitOnlyId("recent");
    FrontTab front = openFrontPageInNewTab();
    front.page.awaitIds(List.of(id));
    browser.driver().switchTo().window(consoleTab);

    console.click("recent", id, "edit");
    assertEquals("حريق في مستودع قرب الميناء", console.field("title").getDomProperty("value"));
    console.type("title", "السيطرة على حريق في مستودع قرب الميناء");
    console.publish();
    assertTrue(console.awaitStatus("arrived").startsWith("وصل إلى البث"));

    browser.driver().switchTo().window(front.tab);
    front.page.awaitTitle(id, "السيطرة على حريق في مستودع قرب الميناء");
    assertEquals(List.of(id), front.page.ids());
  }

  @Test
  void retractAsksFirstThenRemovesTheItemFromTheFrontPage() {
    String kept = app.post(TestApp.article("افتتاح جسر المشاة الجديد")).bodyAsJsonObject().getString("id");
    String withdrawn = app.post(TestApp.article("خبر نُشر بالخطأ")).bodyAsJsonObject().getString("id");
    FrontTab front = openFrontPageInNewTab();
    browser.driver().switchTo().window(consoleTab);
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.awaitIds("recent", List.of(withdrawn, kept));

    console.click("recent", withdrawn, "retract");
    console.row("recent", withdrawn).findElement(By.cssSelector("button.confirm-no")).click();
    assertEquals(List.of(withdrawn, kept), console.ids("recent"));
    console.click("recent", withdrawn, "retract");
    console.row("recent", withdrawn).findElement(By.cssSelector("button.confirm-yes")).click();

    assertTrue(console.awaitStatus("arrived").startsWith("وصل إلى البث"));
    console.awaitIds("recent", List.of(kept));
    browser.driver().switchTo().window(front.tab);
    front.page.awaitIds(List.of(kept));
    assertEquals(1, app.db().count("SELECT count(*) FROM article WHERE retracted_at IS NOT NULL"));
  }

  @Test
  void retryAfterALostAnswerReusesTheIdempotencyKeyAndPublishesOnce() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    // The first answer is lost on the way back, after the server committed: the editor presses publish again.
    console.script("const real = window.fetch; let calls = 0; window.fetch = async (...args) => {"
        + " const res = await real(...args);"
        + " if (args[1] && args[1].method === 'POST' && calls++ === 0) { throw new TypeError('connection reset'); }"
        + " return res; };");
    console.type("title", "زلزال بقوة خمس درجات يضرب المنطقة الجبلية");

    console.publish();
    assertTrue(console.awaitStatus("failed").isEmpty());
    assertTrue(console.text("compose-problem").startsWith("تعذّر الوصول إلى الخادم"), console.text("compose-problem"));
    console.publish();

    assertTrue(console.awaitStatus("arrived").startsWith("وصل إلى البث"));
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
    HttpResponse<Buffer> list = EditorClient.admin(app).send(HttpMethod.GET, "/api/v1/articles", null);
    assertEquals(1, list.bodyAsJsonObject().getJsonArray("items").size());
  }

  private record FrontTab(String tab, LivePage page) {}

  private FrontTab openFrontPageInNewTab() {
    browser.driver().switchTo().newWindow(WindowType.TAB);
    LivePage page = new LivePage(browser).open(app.port());
    return new FrontTab(browser.driver().getWindowHandle(), page);
  }
}
