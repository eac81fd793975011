package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.EditorClient;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console's live desk on a 1366 px screen (and once on a 390 px phone): an editor tells a story live, and every
 * step reaches the API.
 */
class LiveDeskBrowserTest extends AppTest {

  private static Browser browser;
  private LiveDeskConsole desk;
  private EditorConsole console;

  @BeforeAll
  static void launchBrowser() {
    browser = Browser.start(1366, 900);
  }

  @AfterAll
  static void quitBrowser() {
    browser.close();
  }

  @BeforeEach
  void openDesk() {
    desk = new LiveDeskConsole(browser);
    console = desk.console();
  }

  /** Runs before AppTest stops the app, so the page lets go of its stream first. */
  @AfterEach
  void leavePage() {
    browser.driver().get("about:blank");
  }

  /** Starts a coverage of a new article through the API and opens it at the desk; returns its id. */
  private String deskOn(String title) {
    String coverageId = LiveDeskConsole.coverage(app, title);
    console.open(app.port()).signIn(TestApp.TOKEN);
    desk.pick(coverageId);
    return coverageId;
  }

  @Test
  void editorMakesAnArticleLiveAndPostsAnEntryTheApiThenLists() {
    String articleId = app.published(TestApp.article("انتخابات المجالس البلدية: تغطية مباشرة")).getString("id");
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.awaitIds("recent", List.of(articleId));

    console.click("recent", articleId, "live");
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> "no coverage picked\n" + browser.console())
        .until(d -> !desk.picked().isEmpty() && console.find("live-current").isDisplayed());
    String coverageId = desk.picked();
    desk.awaitOpen(coverageId);
    assertEquals("مباشر", console.text("live-state"));
    assertEquals("انتخابات المجالس البلدية: تغطية مباشرة", console.text("live-title"));
    assertEquals(1, app.db().count("SELECT count(*) FROM live_coverage WHERE article_id = " + articleId));

    desk.type("title", "فتح باب الاقتراع");
    desk.type("body", "<p>فتحت مراكز الاقتراع أبوابها في الساعة الثامنة صباحًا.</p>");
    assertEquals("<p>فتحت مراكز الاقتراع أبوابها في الساعة الثامنة صباحًا.</p>",
        console.find("live-preview").findElement(By.className("preview-body")).getText(), "the preview is text");
    assertEquals("١٦ / ٢٠٠", console.text("live-field-title-count"));
    desk.publish();

    assertTrue(desk.awaitStatus("arrived").startsWith("وصل إلى البث"), desk.status());
    JsonObject live = LiveDeskConsole.read(app, coverageId);
    assertEquals(1, live.getJsonArray("items").size());
    JsonObject entry = live.getJsonArray("items").getJsonObject(0);
    assertEquals("فتح باب الاقتراع", entry.getString("title"));
    assertTrue(entry.getString("body").contains("فتحت مراكز الاقتراع"), entry.getString("body"));
    desk.awaitEntries(List.of(entry.getString("id")));
    assertEquals("", console.find("live-field-body").getDomProperty("value"), "the form starts a new entry");
    browser.screenshot("live-desk-1366.png");
  }

  @Test
  void editorMarksAKeyEventPinsEditsAndDeletesAnEntryAfterAnArabicConfirmation() {
    String coverageId = deskOn("عاصفة رملية تضرب المدن الساحلية");
    desk.type("body", "<p>الرياح تبلغ سرعة مئة كيلومتر في الساعة.</p>");
    desk.publish();
    desk.awaitStatus("arrived");
    String id = LiveDeskConsole.read(app, coverageId).getJsonArray("items").getJsonObject(0).getString("id");
    desk.awaitEntries(List.of(id));

    desk.click(id, "key");
    desk.awaitEntry(id, "key-event", "true");
    assertEquals(id, app.get("/api/v1/live/" + coverageId + "/key-events").bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0).getString("id"));
    desk.click(id, "pin");
    desk.awaitEntry(id, "pinned", "true");
    assertEquals(id, LiveDeskConsole.read(app, coverageId).getJsonObject("pinned").getString("id"));
    assertEquals("true", desk.entry(id).findElement(By.cssSelector("button.pin")).getDomAttribute("aria-pressed"));

    desk.click(id, "edit");
    assertEquals("<p>الرياح تبلغ سرعة مئة كيلومتر في الساعة.</p>",
        console.find("live-field-body").getDomProperty("value"));
    desk.set("body", "<p>الرياح تبلغ سرعة مئة وعشرين كيلومترًا في الساعة.</p>");
    desk.publish();
    assertTrue(desk.awaitStatus("arrived").startsWith("وصل إلى البث"), desk.status());
    JsonObject edited = LiveDeskConsole.read(app, coverageId).getJsonArray("items").getJsonObject(0);
    assertTrue(edited.getString("body").contains("مئة وعشرين"), edited.getString("body"));
    assertTrue(edited.getBoolean("pinned") && edited.getBoolean("keyEvent"), "an edit keeps the flags");
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> desk.entry(id).getText().contains("مئة وعشرين"));

    desk.click(id, "delete");
    assertEquals("سيختفي هذا التحديث من الصفحة المباشرة عند كل القرّاء. أتحذفه؟",
        desk.entry(id).findElement(By.className("confirm-question")).getText());
    desk.entry(id).findElement(By.cssSelector("button.confirm-no")).click();
    assertEquals(List.of(id), desk.entries());
    desk.click(id, "delete");
    desk.entry(id).findElement(By.cssSelector("button.confirm-yes")).click();
    desk.awaitStatus("done");
    desk.awaitEntries(List.of());
    JsonObject after = LiveDeskConsole.read(app, coverageId);
    assertTrue(after.getJsonArray("items").isEmpty());
    assertNull(after.getValue("pinned"));
    assertEquals(1, app.db().count("SELECT count(*) FROM live_entry WHERE deleted_at IS NOT NULL"));
  }

  @Test
  void audienceCountGoesFromZeroToOneWhenAReaderOpensTheCoverageStream() throws Exception {
    String coverageId = deskOn("قمة إقليمية في العاصمة");
    desk.awaitAudience("0", EditorConsole.WAIT_SECONDS);
    assertEquals("يقرأ الآن: ٠", console.text("live-audience"));

    try (SseProbe reader = app.openStream("/api/v1/stream?coverage=" + coverageId)) {
      // counts are shared every <= 2 s and the desk asks every 3 s
      desk.awaitAudience("1", 15);
      assertEquals("يقرأ الآن: ١", console.text("live-audience"));
      assertFalse(reader.ended());
    }
  }

  @Test
  void endingTheCoverageAsksFirstThenDisablesTheComposerWithAnArabicNote() {
    String coverageId = deskOn("إضراب عمال الموانئ");
    assertFalse(console.find("live-fields").getDomProperty("disabled").equals("true"));

    console.find("live-end").click();
    assertEquals("ستنتهي التغطية ولن تُقبل فيها تحديثات جديدة. أتنهيها؟",
        console.find("live-end-box").findElement(By.className("confirm-question")).getText());
    console.find("live-end-box").findElement(By.cssSelector("button.confirm-no")).click();
    assertTrue(LiveDeskConsole.read(app, coverageId).getJsonObject("coverage").getBoolean("live"));
    console.find("live-end").click();
    console.find("live-end-box").findElement(By.cssSelector("button.confirm-yes")).click();

    assertTrue(desk.awaitStatus("arrived").contains("انتهت التغطية"), desk.status());
    assertFalse(LiveDeskConsole.read(app, coverageId).getJsonObject("coverage").getBoolean("live"));
    assertEquals("true", console.find("live-fields").getDomProperty("disabled"));
    assertFalse(console.find("live-publish").isEnabled());
    assertEquals("انتهت هذه التغطية، فلا تُقبل فيها تحديثات جديدة.", console.text("live-ended-note"));
    assertEquals("انتهت التغطية", console.text("live-state"));
    assertFalse(console.find("live-end").isDisplayed());
  }

  @Test
  void emptyBodyShowsTheArabicFieldErrorAndWritesNothing() {
    String coverageId = deskOn("حريق في غابات الشمال");
    desk.type("title", "عنوان بلا نص");

    desk.publish();

    assertEquals("نص التحديث مطلوب", desk.awaitError("body"));
    assertEquals("failed", console.find("live-status").getDomAttribute("data-state"));
    assertEquals("true", console.find("live-field-body").getDomAttribute("aria-invalid"));
    assertEquals(console.find("live-field-body"), browser.driver().switchTo().activeElement());
    assertEquals(0, app.db().count("SELECT count(*) FROM live_entry"));
  }

  @Test
  void titleOverTheServersLimitIsCountedAndNamedInArabic() {
    String coverageId = deskOn("مباراة نهائي الكأس");
    desk.set("title", "ه".repeat(201));
    desk.type("body", "هدف في الدقيقة العاشرة");
    assertEquals("٢٠١ / ٢٠٠", console.text("live-field-title-count"));

    desk.publish();

    assertEquals("عنوان التحديث أطول من ٢٠٠ حرف", desk.awaitError("title"));
    assertEquals(0, app.db().count("SELECT count(*) FROM live_entry"));
  }

  @Test
  void deskWithALongPinnedKeyEntryFitsA390PixelScreen() throws Exception {
    String coverageId = LiveDeskConsole.coverage(app, "تغطية مباشرة لفيضانات الوادي الكبير وما خلّفته في القرى");
    HttpResponse<Buffer> posted = EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/live/" + coverageId
        + "/entries", new JsonObject().put("title", "ارتفاع منسوب المياه في القرى الجنوبية المحاذية للوادي الكبير")
        .put("body", "<p>#التحديثات_المتتالية_للتغطية_المباشرة_من_المحافظات_الشمالية_والساحلية</p>"
            + "<p>https://example.org/a-very-long-address-without-any-space-at-all</p>")
        .put("keyEvent", true).put("pinned", true));
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    try (Browser phone = Browser.phone(390, 844)) {
      LiveDeskConsole small = new LiveDeskConsole(phone);
      small.console().open(app.port()).signIn(TestApp.TOKEN);
      small.pick(coverageId);
      small.awaitEntries(List.of(posted.bodyAsJsonObject().getString("id")));

      long viewport = (Long) small.console().script("return window.innerWidth;");
      long scrolled = (Long) small.console().script("return document.documentElement.scrollWidth;");
      assertEquals(390, viewport, "the meta viewport should make the layout as wide as the phone");
      assertTrue(scrolled <= viewport, "the console is " + scrolled + " px wide on a " + viewport + " px screen");
      small.console().script("document.getElementById('live-entries').scrollIntoView();");
      Path shot = phone.screenshot("live-desk-390.png");
      assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " looks empty");
      phone.driver().get("about:blank");
    }
  }
}
