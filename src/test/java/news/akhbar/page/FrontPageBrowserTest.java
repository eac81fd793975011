package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The front page around the live list: infinite scroll, search, topic tabs and the breaking banner. */
class FrontPageBrowserTest extends BrowserTest {

  @Test
  void scrollingToTheBottomLoadsTheSecondPageWithoutDuplicates() {
    List<String> newestFirst = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      newestFirst.add(0, id(app.post(TestApp.article("خبر رقم " + i + " في سلسلة أخبار التمرير"))));
    }
    page.open(app.port());
    assertEquals(newestFirst.subList(0, 20), page.ids(), "the first page holds the 20 newest");

    page.script("window.scrollTo(0, document.documentElement.scrollHeight);");

    page.awaitIds(newestFirst);
    assertEquals(30, new HashSet<>(page.ids()).size(), "an item shown twice");
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> "false".equals(
        d.findElement(By.id("latest")).getDomAttribute("data-more")));
    assertTrue(!browser.driver().findElement(By.id("more")).isDisplayed(), "nothing older is left to load");
  }

  @Test
  void searchWithoutHamzaOrTashkeelFindsTheArticleAndMarksTheMatch() {
    String wanted = id(app.post(TestApp.article("إطلاقُ قمرٍ صناعيٍّ جديدٍ لرصد الطقس")));
    app.post(TestApp.article("افتتاح سوق شعبي للمنتجات الريفية"));
    app.post(TestApp.article("ارتفاع أسعار الذهب في الأسواق المحلية"));
    page.open(app.port());

    WebElement box = browser.driver().findElement(By.id("q"));
    box.sendKeys("اطلاق قمر");
    box.sendKeys(Keys.ENTER);

    browser.waiting(LivePage.WAIT_SECONDS).withMessage(() -> "no results\n" + browser.console()).until(d ->
        !d.findElements(By.cssSelector("#results > li[data-id]")).isEmpty());
    List<WebElement> hits = browser.driver().findElements(By.cssSelector("#results > li[data-id]"));
    assertEquals(wanted, hits.get(0).getDomAttribute("data-id"));
    assertEquals(1, hits.size(), "only the satellite story matches");
    assertEquals("إطلاقُ قمرٍ صناعيٍّ جديدٍ لرصد الطقس", hits.get(0).findElement(By.className("title")).getText());
    List<WebElement> marks = hits.get(0).findElements(By.cssSelector(".snippet mark"));
    assertTrue(!marks.isEmpty(), "no <mark> in " + hits.get(0).getDomProperty("innerHTML"));
    assertTrue(hits.get(0).findElements(By.cssSelector(".snippet *:not(mark)")).isEmpty());
    assertTrue(!browser.driver().findElement(By.id("latest-area")).isDisplayed(), "results replace the list");
    assertTrue(browser.driver().getCurrentUrl().contains("?q="), browser.driver().getCurrentUrl());

    browser.driver().findElement(By.id("results-close")).click();
    assertTrue(browser.driver().findElement(By.id("latest-area")).isDisplayed());
  }

  @Test
  void markupInASearchSnippetIsNeverRun() {
    String title = "مهرجان الشعر <img src=x onerror=\"window.akhbarPwned=1\"> في الخريف";
    app.post(TestApp.article(title).put("body", "<p>مهرجان الشعر &lt;img src=x onerror=\"window.akhbarPwned=2\"&gt;</p>"));
    page.open(app.port());

    WebElement box = browser.driver().findElement(By.id("q"));
    box.sendKeys("مهرجان", Keys.ENTER);

    browser.waiting(LivePage.WAIT_SECONDS).until(d -> !d.findElements(By.cssSelector("#results .snippet mark"))
        .isEmpty());
    assertTrue(browser.driver().findElements(By.cssSelector("#results img")).isEmpty());
    assertEquals(title, browser.driver().findElement(By.cssSelector("#results .title")).getText());
    assertNull(page.script("return window.akhbarPwned;"));
  }

  @Test
  void choosingATopicTabShowsThatTopicAndKeepsItLive() {
    String economy = id(app.post(TestApp.article("البورصة تغلق على ارتفاع طفيف").put("topic", "economy")));
    String sports = id(app.post(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports")));
    page.open(app.port());
    assertEquals(List.of(sports, economy), page.ids());
    WebElement tab = browser.waiting(LivePage.WAIT_SECONDS).until(d ->
        d.findElement(By.cssSelector("#tabs a[data-topic='sports']")));
    assertEquals("رياضة", tab.getText());

    tab.click();

    page.awaitIds(List.of(sports));
    page.awaitState("live");
    assertEquals("page", tab.getDomAttribute("aria-current"));
    assertNull(browser.driver().findElement(By.cssSelector("#tabs a[data-topic='']")).getDomAttribute("aria-current"));
    app.post(TestApp.article("ارتفاع أسعار النفط").put("topic", "economy"));
    String moreSports = id(app.post(TestApp.article("انطلاق بطولة السباحة الإقليمية").put("topic", "sports")));
    page.awaitIds(List.of(moreSports, sports));
    assertTrue(browser.driver().getCurrentUrl().endsWith("/?topic=sports"), browser.driver().getCurrentUrl());
  }

  @Test
  void breakingItemPostedDuringTheVisitAppearsInTheBannerAndLeavesWhenNoLongerBreaking() {
    app.post(TestApp.article("تعديل مواعيد الحافلات خلال العطلة"));
    page.open(app.port());
    WebElement banner = browser.driver().findElement(By.id("breaking"));
    assertTrue(!banner.isDisplayed(), "no breaking item yet");

    JsonObject breaking = app.post(TestApp.article("زلزال بقوة خمس درجات يضرب المنطقة الساحلية")
        .put("breaking", true)).bodyAsJsonObject();

    browser.waiting(LivePage.WAIT_SECONDS).withMessage(() -> "no banner\n" + browser.console())
        .until(d -> banner.isDisplayed());
    assertEquals(breaking.getString("id"), banner.getDomAttribute("data-id"));
    assertEquals("زلزال بقوة خمس درجات يضرب المنطقة الساحلية", banner.findElement(By.className("title")).getText());
    assertEquals("عاجل", banner.findElement(By.className("badge")).getText());
    assertTrue(banner.findElement(By.className("title")).getDomAttribute("href").startsWith("/a/"));

    assertEquals(200, app.patch(breaking.getString("id"), new JsonObject().put("breaking", false)).statusCode());
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> !banner.isDisplayed());

    String second = id(app.post(TestApp.article("انقطاع الكهرباء عن عدة أحياء").put("breaking", true)));
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> second.equals(banner.getDomAttribute("data-id")));
    assertEquals(200, app.retract(second).statusCode());
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> !banner.isDisplayed());
  }

  private static String id(HttpResponse<Buffer> posted) {
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    return posted.bodyAsJsonObject().getString("id");
  }
}
