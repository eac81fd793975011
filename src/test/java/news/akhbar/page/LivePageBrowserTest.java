package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class LivePageBrowserTest extends BrowserTest {

  @Test
  void rootServesThePageAndItsScriptAsUtf8() {
    HttpResponse<Buffer> root = app.get("/");
    HttpResponse<Buffer> script = app.get("/ticker.js");

    assertEquals(200, root.statusCode());
    assertEquals("text/html;charset=utf-8", root.getHeader("Content-Type").replace(" ", "").toLowerCase());
    assertTrue(root.bodyAsString().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertEquals(200, script.statusCode());
    assertTrue(script.getHeader("Content-Type").contains("javascript"), script.getHeader("Content-Type"));
  }

  @Test
  void listLoadedFromTheApiIsShownNewestFirstWithArabicDatesAndTheBreakingBadge() {
    String older = id(app.post(TestApp.article("ارتفاع صادرات القمح عبر موانئ البحر الأسود")));
    JsonObject newer = app.post(TestApp.article("عاصفة ثلجية تغلق الطرق الجبلية في شرق البلاد")
        .put("breaking", true).put("source", "مراسلنا")).bodyAsJsonObject();

    page.open(app.port());

    assertEquals(List.of(newer.getString("id"), older), page.ids());
    assertEquals("عاصفة ثلجية تغلق الطرق الجبلية في شرق البلاد", page.title(newer.getString("id")));
    assertEquals("عاجل", page.text(newer.getString("id"), ".badge"));
    assertTrue(page.item(older).findElements(By.className("badge")).isEmpty(), "only breaking items get the badge");
    String shown = page.text(newer.getString("id"), "time.date").replace("\u200f", "");
    String published = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.systemDefault())
        .format(Instant.parse(newer.getString("publishedAt")));
    assertEquals(published, latinDigits(shown), "date shown as " + shown);
    assertTrue(shown.matches("[٠-٩]{2}/[٠-٩]{2}/[٠-٩]{4}"), "not Arabic-Indic dd/mm/yyyy: " + shown);
    assertTrue(page.text(newer.getString("id"), ".ago").startsWith("منذ"));
    assertEquals(newer.getString("title"), browser.driver().findElement(By.cssSelector("#breaking .title")).getText(),
        "the newest breaking item is in the banner");
    assertEquals(older, browser.driver().findElement(By.id("lead")).getDomAttribute("data-id"), "and not the lead");
  }

  @Test
  void articlePostedDuringTheVisitAppearsAtTheTopWithoutReload() {
    String first = id(app.post(TestApp.article("افتتاح معرض الكتاب في دورته الجديدة")));
    page.open(app.port());
    page.script("window.akhbarVisit = 'same-document';");

    String fresh = id(app.post(TestApp.article("هطول أمطار غزيرة على المناطق الساحلية مساء اليوم")));

    page.awaitIds(List.of(fresh, first));
    assertEquals("هطول أمطار غزيرة على المناطق الساحلية مساء اليوم", page.title(fresh));
    assertEquals("same-document", page.script("return window.akhbarVisit;"), "the page was reloaded");
    assertEquals("polite", browser.driver().findElement(By.id("latest")).getDomAttribute("aria-live"));
  }

  @Test
  void pageIsArabicRightToLeft() {
    String id = id(app.post(TestApp.article("الجامعة تعلن مواعيد التسجيل للفصل الدراسي المقبل")));
    page.open(app.port());

    WebElement html = browser.driver().findElement(By.tagName("html"));
    assertEquals("ar", html.getDomAttribute("lang"));
    assertEquals("rtl", html.getDomAttribute("dir"));
    assertEquals("rtl", page.item(id).findElement(By.className("title")).getCssValue("direction"));
    assertEquals("مباشر", browser.driver().findElement(By.cssSelector("#status .status-text")).getText());
    browser.screenshot("front-1280.png");
  }

  @Test
  void relativeTimeKeepsMovingAsTheMinutesPass() {
    String id = id(app.post(TestApp.article("بدء موسم قطف الزيتون في القرى الجبلية")));
    page.open(app.port());
    assertEquals("منذ لحظات", page.text(id, ".ago"));

    page.script("const real = Date.now.bind(Date); Date.now = () => real() + 5 * 60 * 1000 + 5000;"
        + "document.dispatchEvent(new Event('visibilitychange'));");

    browser.waiting(LivePage.WAIT_SECONDS).until(d -> "منذ ٥ دقائق".equals(page.text(id, ".ago")));
    page.script("const real = Date.now; Date.now = () => real() + 6 * 60 * 1000;"
        + "document.dispatchEvent(new Event('visibilitychange'));");
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> "منذ ١١ دقيقة".equals(page.text(id, ".ago")));
  }

  @Test
  void updateChangesTheTitleInPlace() {
    String first = id(app.post(TestApp.article("بدء أعمال ترميم الجسر القديم")));
    String second = id(app.post(TestApp.article("انطلاق بطولة الشطرنج المدرسية")));
    page.open(app.port());

    assertEquals(200, app.patch(first, new JsonObject().put("title", "اكتمال أعمال ترميم الجسر القديم")).statusCode());

    page.awaitTitle(first, "اكتمال أعمال ترميم الجسر القديم");
    assertEquals(List.of(second, first), page.ids());
  }

  @Test
  void retractRemovesTheItem() {
    String kept = id(app.post(TestApp.article("تمديد ساعات عمل المكتبة العامة")));
    String withdrawn = id(app.post(TestApp.article("خبر سيُسحب بعد النشر")));
    page.open(app.port());
    assertEquals(List.of(withdrawn, kept), page.ids());

    assertEquals(200, app.retract(withdrawn).statusCode());

    page.awaitIds(List.of(kept));
  }

  @Test
  void markupInATitleIsShownAsTextAndNeverRun() {
    page.open(app.port());
    String title = "<img src=x onerror=\"window.akhbarPwned=1\">عنوان <script>window.akhbarPwned=2</script>";

    String id = id(app.post(TestApp.article(title)));

    page.awaitIds(List.of(id));
    assertEquals(title, page.title(id));
    assertTrue(page.item(id).findElements(By.tagName("img")).isEmpty());
    assertNull(page.script("return window.akhbarPwned;"));
  }

  private static String id(HttpResponse<Buffer> posted) {
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    return posted.bodyAsJsonObject().getString("id");
  }

  private static String latinDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : (char) c));
    return out.toString();
  }
}
