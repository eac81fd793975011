package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Chromium with JavaScript switched off: the pages still show the news, and their links and forms still work. */
class PagesWithoutJavaScriptBrowserTest extends AppTest {

  private static Browser browser;

  @BeforeAll
  static void launchBrowser() {
    browser = Browser.withoutJavaScript();
  }

  @AfterAll
  static void quitBrowser() {
    browser.close();
  }

  @AfterEach
  void leavePage() {
    browser.driver().get("about:blank");
  }

  @Test
  void frontPageShowsItemsLeadBannerAndTabsAndTheTabLinksWork() {
    String economy = id(app.post(TestApp.article("البورصة تغلق على ارتفاع طفيف").put("topic", "economy")));
    String breaking = id(app.post(TestApp.article("زلزال بقوة خمس درجات يضرب المنطقة الساحلية")
        .put("breaking", true).put("topic", "local")));
    String sports = id(app.post(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports")));

    open("/");

    assertTrue(!driver().findElement(By.id("status")).isDisplayed(), "no script ran, so no live indicator shows");
    assertEquals(List.of(sports, breaking, economy), ids());
    WebElement lead = driver().findElement(By.id("lead"));
    assertTrue(lead.isDisplayed());
    assertEquals(sports, lead.getDomAttribute("data-id"), "the newest story leads: the breaking one is in the banner");
    assertEquals("المنتخب يفوز في المباراة الودية", lead.findElement(By.cssSelector(".lead-title a")).getText());
    assertTrue(lead.findElement(By.cssSelector("time.date")).getText().replace("\u200f", "")
        .matches("[٠-٩]{2}/[٠-٩]{2}/[٠-٩]{4}"), "a date in Arabic-Indic digits");
    assertEquals(List.of(economy), driver().findElements(By.cssSelector("#secondary li.card")).stream()
        .map(li -> li.getDomAttribute("data-id")).toList(), "the next story in the secondary row");
    assertFalse(item(sports).isDisplayed(), "the list does not show the lead's story again");
    WebElement banner = driver().findElement(By.id("breaking"));
    assertTrue(banner.isDisplayed());
    assertEquals("زلزال بقوة خمس درجات يضرب المنطقة الساحلية", banner.findElement(By.className("title")).getText());
    assertEquals("page", driver().findElement(By.cssSelector("#tabs a[data-topic='']"))
        .getDomAttribute("aria-current"));
    browser.screenshot("front-without-javascript-1280.png");

    driver().findElement(By.cssSelector("#tabs a[data-topic='economy']")).click();

    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.getCurrentUrl().endsWith("/?topic=economy"));
    assertEquals(List.of(economy), ids());
    assertEquals("page", driver().findElement(By.cssSelector("#tabs a[data-topic='economy']"))
        .getDomAttribute("aria-current"));
    assertTrue(!driver().findElement(By.id("breaking")).isDisplayed(), "no breaking item among the economy news");
  }

  @Test
  void olderPageLinkTakesTheReaderThroughTheArchiveAndBack() {
    List<String> newestFirst = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      newestFirst.add(0, id(app.post(TestApp.article("خبر رقم " + i + " في أرشيف الأخبار"))));
    }
    open("/");
    assertEquals(newestFirst.subList(0, 20), ids());
    assertTrue(!driver().findElement(By.id("more-button")).isDisplayed(), "a button needs a script: not shown");

    driver().findElement(By.cssSelector(".pager a.older")).click();

    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.getCurrentUrl().contains("/?before="));
    assertEquals(newestFirst.subList(20, 23), ids());
    assertTrue(driver().findElements(By.cssSelector(".pager a.older")).isEmpty(), "the oldest page has no older");
    browser.screenshot("older-page-without-javascript-1280.png");
    driver().findElement(By.cssSelector(".pager a.newest")).click();
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.getCurrentUrl().endsWith("/"));
    assertEquals(newestFirst.subList(0, 20), ids());
  }

  @Test
  void unknownTopicShowsAnEmptyListWithAnArabicMessage() {
    app.post(TestApp.article("خبر في قسم آخر"));

    open("/?topic=astronomy");

    assertTrue(ids().isEmpty());
    WebElement empty = driver().findElement(By.id("lead-empty"));
    assertTrue(empty.isDisplayed());
    assertTrue(empty.getText().startsWith("لا توجد أخبار في قسم «astronomy»"), empty.getText());
  }

  @Test
  void searchFormSubmitsAndTheServerShowsTheResults() {
    String wanted = id(app.post(TestApp.article("إطلاقُ قمرٍ صناعيٍّ جديدٍ لرصد الطقس")));
    app.post(TestApp.article("افتتاح سوق شعبي للمنتجات الريفية"));
    open("/");

    WebElement box = driver().findElement(By.id("q"));
    box.sendKeys("اطلاق قمر", Keys.ENTER);

    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.getCurrentUrl().contains("?q="));
    List<WebElement> hits = driver().findElements(By.cssSelector("#results > li[data-id]"));
    assertEquals(1, hits.size());
    assertEquals(wanted, hits.get(0).getDomAttribute("data-id"));
    assertFalse(hits.get(0).findElements(By.cssSelector(".snippet mark")).isEmpty());
    assertTrue(!driver().findElement(By.id("latest-area")).isDisplayed(), "results replace the list");
    assertEquals("النتائج عن «اطلاق قمر»: ١", driver().findElement(By.id("results-summary")).getText());
    driver().findElement(By.cssSelector("#search-results .pager a")).click();
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.findElement(By.id("latest-area")).isDisplayed());
  }

  @Test
  void articlePageShowsTheStoryAndItsSidebar() {
    JsonObject a = app.post(TestApp.article("وصول أول رحلة جوية إلى المطار الجديد")).bodyAsJsonObject();
    String fresh = id(app.post(TestApp.article("افتتاح صالة جديدة للمسافرين")));

    open(ArticlePageTest.path(a.getString("slug")));

    assertEquals(a.getString("title"), driver().findElement(By.cssSelector("main h1")).getText());
    assertEquals(List.of(fresh), ids(), "the article being read is not listed beside itself");
    assertEquals("افتتاح صالة جديدة للمسافرين", item(fresh).findElement(By.className("title")).getText());
    item(fresh).findElement(By.className("title")).click();
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.findElement(By.cssSelector("main h1")).getText()
        .equals("افتتاح صالة جديدة للمسافرين"));
  }

  private void open(String path) {
    driver().get("http://127.0.0.1:" + app.port() + path);
  }

  private static ChromeDriver driver() {
    return browser.driver();
  }

  private static List<String> ids() {
    return driver().findElements(By.cssSelector("#latest > li[data-id]")).stream()
        .map(li -> li.getDomAttribute("data-id")).toList();
  }

  private static WebElement item(String id) {
    return driver().findElement(By.cssSelector("#latest > li[data-id='" + id + "']"));
  }

  private static String id(HttpResponse<Buffer> posted) {
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    return posted.bodyAsJsonObject().getString("id");
  }
}
