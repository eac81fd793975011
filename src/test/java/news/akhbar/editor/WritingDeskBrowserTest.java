package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console's writing desk on a 1366 px screen and a 390 px phone: an editor formats a story with the Arabic
 * toolbar, a paste from Word or a web page comes in clean, and the body the desk sends is exactly what the server's
 * BodyCleaner keeps. Topics show by their Arabic names at the desk, as readers see them.
 */
class WritingDeskBrowserTest extends AppTest {

  private static final String WORD_PASTE = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
      + "<style>p.MsoNormal{font-family:Arial;color:red}</style></head><body lang=AR-SA>"
      + "<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl'><span lang=AR-SA "
      + "style='font-size:14.0pt;font-family:\"Simplified Arabic\"'>قال الوزير <b><span style='color:red'>إن"
      + "</span></b> الميزانية أُقرّت<o:p></o:p></span></p>"
      + "<h1 style=\"color:blue\"><font face=\"Tahoma\" size=\"7\">عنوان كبير</font></h1>"
      + "<div style=\"margin:0\"><span style=\"font-weight:bold\" class=\"x\">نص في قسم</span></div>"
      + "<p><a href=\"https://example.org/budget\" style=\"color:red\" onclick=\"window.akhbarPwned=1\" "
      + "target=\"_blank\">التفاصيل</a> و<a href=\"javascript:window.akhbarPwned=2\">رابط خبيث</a></p>"
      + "<table><tr><td>خلية جدول</td></tr></table></body></html>";

  @AutoClose
  private static Browser desktop;
  @AutoClose
  private static Browser phone;

  @BeforeAll
  static void launchBrowsers() {
    desktop = Browser.start(1366, 900);
    phone = Browser.phone(390, 844);
  }

  /** Runs before AppTest stops the app, so the pages let go of their streams first. */
  @AfterEach
  void leavePages() {
    desktop.driver().get("about:blank");
    phone.driver().get("about:blank");
  }

  private EditorConsole deskOn(Browser browser) {
    EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    return console;
  }

  /** Publishes what the console holds and returns the body the server stored. */
  private String publishedBody(EditorConsole console) {
    console.publish();
    console.awaitStatus("arrived");
    String id = console.awaitOnlyId("recent");
    return app.get("/api/v1/articles/" + id).bodyAsJsonObject().getString("body");
  }

  @Test
  void editorFormatsWithTheToolbarAndTheServerKeepsExactlyWhatTheDeskSent() {
    EditorConsole console = deskOn(desktop);
    console.type("title", "الميزانية العامة للعام المقبل");
    WebElement body = console.field("body");
    body.click();
    body.sendKeys("مقدمة الخبر", Keys.ENTER, "كلام مهم", Keys.chord(Keys.SHIFT, Keys.HOME));
    console.format("strong");
    body.sendKeys(Keys.END, Keys.ENTER);
    console.format("h2");
    body.sendKeys("عنوان فرعي", Keys.ENTER, "المصدر", Keys.chord(Keys.SHIFT, Keys.HOME));
    console.find("desk-link-url").sendKeys("https://example.org/report");
    console.format("link");
    body.sendKeys(Keys.END, Keys.ENTER);
    console.format("bullet");
    body.sendKeys("بند أول", Keys.ENTER, "بند ثانٍ");

    String expected = "<p>مقدمة الخبر</p><p><strong>كلام مهم</strong></p><h2>عنوان فرعي</h2>"
        + "<p><a href=\"https://example.org/report\" rel=\"noopener nofollow\">المصدر</a></p>"
        + "<ul><li><p>بند أول</p></li><li><p>بند ثانٍ</p></li></ul>";
    assertEquals(expected, console.bodyHtml());
    assertEquals(expected, BodyCleaner.clean(expected), "the desk writes only what the server keeps");
    assertEquals(expected, publishedBody(console));
    assertKeptThePolicy(desktop);
  }

  @Test
  void pasteFromWordLeavesStylesSpansAndFontsBehind() {
    EditorConsole console = deskOn(desktop);
    console.type("title", "إقرار الميزانية");
    console.type("body", "");
    console.pasteHtml(WORD_PASTE);

    String html = console.bodyHtml();
    for (String left : List.of("style", "class", "span", "font", "o:p", "div", "table", "td", "onclick", "target",
        "javascript", "h1", "lang", "dir")) {
      assertFalse(html.contains(left), left + " came in with the paste: " + html);
    }
    assertTrue(html.startsWith("<p>قال الوزير <strong>إن</strong> الميزانية أُقرّت</p><h2>عنوان كبير</h2>"), html);
    assertTrue(html.contains("<a href=\"https://example.org/budget\" rel=\"noopener nofollow\">التفاصيل</a>"), html);
    assertTrue(html.contains("رابط خبيث") && html.contains("نص في قسم") && html.contains("خلية جدول"), html);
    assertEquals(html, BodyCleaner.clean(html), "the pasted body is what the server keeps");
    assertEquals(html, publishedBody(console));
    assertEquals(null, console.script("return window.akhbarPwned;"));
    assertKeptThePolicy(desktop);
  }

  /** The desk needs neither inline scripts nor inline styles: the browser refused nothing under the policy. */
  private static void assertKeptThePolicy(Browser browser) {
    String log = browser.console();
    assertFalse(log.contains("Content Security Policy") || log.contains("Refused to"), log);
  }

  @Test
  void deskIsRightToLeftWithArabicButtonNamesAndFitsAPhone() {
    EditorConsole console = deskOn(phone);
    WebElement body = console.field("body");
    assertEquals("rtl", body.getDomAttribute("dir"));
    assertEquals("rtl", body.getCssValue("direction"));
    assertEquals("textbox", body.getDomAttribute("role"));
    assertEquals("نص الخبر", console.text(body.getDomAttribute("aria-labelledby")));
    List<WebElement> buttons = phone.driver().findElements(By.cssSelector("#desk-toolbar button"));
    assertTrue(buttons.size() >= 10, "toolbar has " + buttons.size() + " buttons");
    for (WebElement button : buttons) {
      assertTrue(button.getDomAttribute("aria-label").matches("[\\u0600-\\u06FF ]+"), button.getDomAttribute("aria-label"));
    }
    assertEquals(Boolean.TRUE, console.script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "scrolls sideways");

    console.type("title", "خبر من الهاتف");
    body.click();
    console.format("ordered");
    body.sendKeys("أولًا", Keys.ENTER, "ثانيًا");
    assertEquals("true", phone.driver().findElement(
        By.cssSelector("#desk-toolbar button[data-command='ordered']")).getDomAttribute("aria-pressed"));
    String expected = "<ol><li><p>أولًا</p></li><li><p>ثانيًا</p></li></ol>";
    assertEquals(expected, console.bodyHtml());
    assertEquals(expected, publishedBody(console));
  }

  @Test
  void deskShowsTopicsByTheirArabicNamesNotTheirSlugs() {
    String id = app.published(TestApp.article("افتتاح سوق الخضار الجديد").put("topic", "local")).getString("id");
    EditorConsole console = deskOn(desktop);
    console.awaitIds("recent", List.of(id));
    String meta = console.row("recent", id).findElement(By.className("row-meta")).getText();
    assertTrue(meta.contains("محليات") && !meta.contains("local"), meta);

    console.type("topic", "economy");
    assertEquals("#اقتصاد", console.find("preview").findElement(By.className("preview-topic")).getText());
    assertEquals("محليات", console.script(
        "return document.querySelector('#topic-choices option[value=\"local\"]').label;"));
  }
}
