package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Both pages on a 390 px phone, with the banner, tabs, search box and a long story: nothing scrolls sideways. */
class PagesNarrowBrowserTest extends AppTest {

  private static final String LONG_TITLE = "الهيئة العامة للأرصاد الجوية تحذر من موجة حر شديدة تمتد إلى المحافظات "
      + "الشمالية والوسطى خلال الأيام الثلاثة المقبلة وتدعو المواطنين إلى تجنب التعرض المباشر لأشعة الشمس";
  private static final String LONG_WORD = "#التحذيرات_الجوية_المتتالية_للمحافظات_الشمالية_والوسطى_والجنوبية_والساحلية";

  private Browser browser;
  private LivePage page;

  @BeforeEach
  void openBrowser() {
    browser = Browser.phone(390, 844);
    page = new LivePage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void frontPageWithBannerTabsAndSearchFitsA390PixelScreen() throws Exception {
    for (String topic : new String[] {"economy", "sports", "culture", "technology", "health", "local"}) {
      assertEquals(201, app.post(TestApp.article("خبر في قسم " + topic + " عن تطورات اليوم").put("topic", topic))
          .statusCode());
    }
    var breaking = app.post(TestApp.article(LONG_TITLE).put("breaking", true).put("excerpt", LONG_WORD));
    assertEquals(201, breaking.statusCode(), breaking.bodyAsString());
    page.open(app.port());
    // six topics and "general" (the breaking item's), after "all"
    browser.waiting(LivePage.WAIT_SECONDS).withMessage(() -> "no banner or tabs\n" + browser.console())
        .until(d -> d.findElement(By.id("breaking")).isDisplayed() && d.findElements(By.cssSelector("#tabs a")).size() == 8);

    assertFitsAndSave("front-390-full.png");
    assertTrue(browser.driver().findElement(By.id("q")).isDisplayed(), "the search box is on the phone's screen");
  }

  @Test
  void articlePageFitsA390PixelScreen() throws Exception {
    JsonObject a = app.post(TestApp.article(LONG_TITLE).put("source", "وكالة الأنباء الوطنية")
        .put("body", "<p>" + LONG_TITLE + "</p><p>" + LONG_WORD + "</p><p>https://example.org/"
            + "a-very-long-address-without-any-space-at-all-that-could-push-the-page-sideways-on-a-phone</p>"))
        .bodyAsJsonObject();
    browser.driver().get("http://127.0.0.1:" + app.port() + ArticlePageTest.path(a.getString("slug")));
    page.awaitState("live");

    assertFitsAndSave("article-390.png");
  }

  private void assertFitsAndSave(String name) throws Exception {
    long viewport = (Long) page.script("return window.innerWidth;");
    long scrolled = (Long) page.script("return document.documentElement.scrollWidth;");
    assertEquals(390, viewport, "the meta viewport should make the layout as wide as the phone");
    assertTrue(scrolled <= viewport, "page is " + scrolled + " px wide on a " + viewport + " px screen");
    Path shot = browser.screenshot(name);
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " looks empty");
  }
}
