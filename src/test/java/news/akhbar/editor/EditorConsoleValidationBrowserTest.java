package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import news.akhbar.page.BrowserTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What the console says, in Arabic and beside the field, when the server refuses; and what it never does. */
class EditorConsoleValidationBrowserTest extends BrowserTest {

  private EditorConsole console;

  @BeforeEach
  void openConsole() {
    console = new EditorConsole(browser);
  }

  /** For the tests that need a limit lowered: the same app with other settings, on a fresh database. */
  private void restartWith(Vertx vertx, Map<String, String> env) {
    app.close();
    app = TestApp.start(vertx, env);
  }

  @Test
  void emptyTitleShowsTheArabicRequiredMessageFocusesTheTitleAndPublishesNothing() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.type("title", "   ");

    console.publish();

    assertEquals("العنوان مطلوب", console.awaitError("title"));
    assertEquals("failed", console.statusState());
    assertEquals("true", console.field("title").getDomAttribute("aria-invalid"));
    assertTrue(console.field("title").getDomAttribute("aria-describedby").contains("field-title-error"));
    assertEquals(console.field("title"), browser.driver().switchTo().activeElement());
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void titleOf301CharactersGetsTheArabicLengthMessageAndPublishesNothing() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.set("title", "خ".repeat(301));
    assertTrue(console.text("field-title-count").startsWith("٣٠١"), console.text("field-title-count"));

    console.publish();

    assertEquals("العنوان أطول من ٣٠٠ حرف", console.awaitError("title"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
    console.set("title", "خ".repeat(300));
    console.publish();
    console.awaitStatus("arrived");
    assertEquals("", console.error("title"), "a fixed field loses its message");
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void everyInvalidFieldOfAFullArticleIsNamedBesideItAndTheFirstGetsTheFocus() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    console.type("title", "موازنة العام المقبل أمام البرلمان");
    console.set("excerpt", "م".repeat(601));
    console.type("topic", "شؤون محلية");

    console.publish();

    assertEquals("الموجز أطول من ٦٠٠ حرف", console.awaitError("excerpt"));
    assertTrue(console.error("topic").startsWith("الموضوع كلمة واحدة"), console.error("topic"));
    assertEquals("", console.error("title"));
    assertEquals(console.field("excerpt"), browser.driver().switchTo().activeElement());
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void exceededWriteLimitSaysInArabicHowLongToWait(Vertx vertx) {
    restartWith(vertx, Map.of("AKHBAR_WRITES_PER_MINUTE", "1"));
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.type("title", "أول خبر في الدقيقة");
    console.publish();
    console.awaitStatus("arrived");

    console.type("title", "خبر ثانٍ في الدقيقة نفسها");
    console.publish();

    console.awaitStatus("failed");
    String problem = console.text("compose-problem");
    assertTrue(problem.matches("تجاوزت حد النشر، حاول بعد [٠-٩]+ ثانية"), problem);
    assertEquals(1, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void oversizeArticleSaysInArabicThatItIsTooLargeAndPublishesNothing(Vertx vertx) {
    restartWith(vertx, Map.of("AKHBAR_BODY_LIMIT_BYTES", "4096"));
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    console.type("title", "تقرير مطوّل عن موسم الحصاد");
    console.set("body", "<p>" + "نص طويل ".repeat(1000) + "</p>");

    console.publish();

    console.awaitStatus("failed");
    assertEquals("الخبر أكبر من الحجم المسموح به؛ اختصر النص ثم أعد المحاولة", console.text("compose-problem"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }

  @Test
  void scheduledArticleIsListedAtItsLocalTimeAndCanBeCancelled() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    LocalDateTime tomorrow = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES);
    console.mode("article");
    console.type("title", "افتتاح المتحف الوطني بعد الترميم");
    console.type("body", "يفتتح المتحف أبوابه صباح الغد.");
    console.set("publishAt", tomorrow.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    assertEquals("جدوِل النشر", console.text("publish"));

    console.publish();

    assertTrue(console.awaitStatus("arrived").startsWith("جُدول الخبر للنشر"), console.status());
    String id = console.awaitOnlyId("scheduled");
    JsonObject listed = EditorClient.admin(app).get("/api/v1/scheduled").bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0);
    assertEquals(tomorrow.atZone(ZoneId.systemDefault()).toInstant(), Instant.parse(listed.getString("publishAt")));
    assertEquals(List.of(), console.ids("recent"));
    console.click("scheduled", id, "cancel");
    console.row("scheduled", id).findElement(By.cssSelector("button.confirm-yes")).click();
    console.awaitIds("scheduled", List.of());
    assertTrue(EditorClient.admin(app).get("/api/v1/scheduled").bodyAsJsonObject().getJsonArray("items").isEmpty());
  }

  @Test
  void previewShowsTheBodyAsItWillBeSentAndRunsNothingLeavingCleaningToTheServer() {
    console.open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    console.set("title", "<img src=x onerror=\"window.akhbarPwned=1\">عنوان");
    String pasted = "<p>فقرة <strong>مهمة</strong></p><img src=x onerror=\"window.akhbarPwned=2\">"
        + "<script>window.akhbarPwned=3</script><a href=\"javascript:window.akhbarPwned=4\">رابط</a>";
    console.set("body", pasted);

    WebElement preview = console.find("preview");
    assertEquals("<img src=x onerror=\"window.akhbarPwned=1\">عنوان",
        preview.findElement(By.className("preview-title")).getText());
    WebElement body = preview.findElement(By.className("preview-body"));
    assertEquals("<p>فقرة <strong>مهمة</strong></p><p>رابط</p>", body.getText(),
        "the desk keeps the paragraph and the words, not the image, the script or the javascript: link");
    assertTrue(body.findElements(By.xpath("./*")).isEmpty(), "the preview made elements of the body");
    assertNull(console.script("return window.akhbarPwned;"));
  }

  @Test
  void tokenRevokedDuringTheSessionSignsOutWithTheArabicMessage() {
    HttpResponse<Buffer> added = EditorClient.admin(app).send(HttpMethod.POST, "/api/v1/editors",
        new JsonObject().put("name", "هدى"));
    console.open(app.port()).signIn(added.bodyAsJsonObject().getString("token"));
    assertEquals(200, EditorClient.admin(app).send(HttpMethod.DELETE,
        "/api/v1/editors/" + added.bodyAsJsonObject().getString("id"), null).statusCode());

    console.type("title", "خبر لن يُنشر");
    console.publish();

    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> !console.deskShown());
    assertEquals("الرمز غير صالح أو أُلغي", console.text("token-error"));
    assertNull(console.script("return sessionStorage.getItem('akhbar.editor.token');"));
    assertFalse(console.text("token-error").isEmpty());
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }
}
