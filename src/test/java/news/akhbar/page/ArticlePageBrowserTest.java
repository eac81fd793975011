package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opening an article from the front page: its server-rendered page, and the live sidebar beside it. */
class ArticlePageBrowserTest extends BrowserTest {

  private ChromeDriver driver;

  @BeforeEach
  void useDriver() {
    driver = browser.driver();
  }

  @Test
  void clickingAnItemOpensItsPageWithHeadlineBodyAndSourceLine() {
    JsonObject a = app.published(TestApp.article("تدشين أول محطة للطاقة الشمسية في الصحراء الغربية")
        .put("body", "<p>بدأت المحطة الجديدة تغذية الشبكة الوطنية بالكهرباء صباح اليوم.</p><p>وتبلغ قدرتها مئتي ميغاواط.</p>")
        .put("source", "مراسلنا في الواحات").put("topic", "economy"));
    app.published(TestApp.article("خبر آخر لا علاقة له"));
    page.open(app.port());
    browser.console();

    // the second newest: a card of the secondary row (its item in the list is hidden while the row shows it)
    driver.findElement(By.cssSelector("#secondary li.card[data-id='" + a.getString("id") + "'] .card-title a")).click();

    browser.waiting(LivePage.WAIT_SECONDS).until(d -> d.getCurrentUrl().contains("/a/"));
    assertEquals("http://127.0.0.1:" + app.port() + ArticlePageTest.path(a.getString("slug")), driver.getCurrentUrl());
    assertEquals(a.getString("title"), driver.findElement(By.cssSelector("main h1")).getText());
    assertTrue(driver.findElement(By.cssSelector(".story-body")).getText()
        .contains("بدأت المحطة الجديدة تغذية الشبكة الوطنية بالكهرباء صباح اليوم."));
    assertEquals(2, driver.findElements(By.cssSelector(".story-body p")).size(), "the body's paragraphs are kept");
    assertEquals("المصدر| مراسلنا في الواحات", driver.findElement(By.className("story-source")).getText());
    assertEquals("اقتصاد", driver.findElement(By.className("story-topic")).getText());
    String date = driver.findElement(By.cssSelector(".story time.date")).getText().replace("\u200f", "");
    assertTrue(date.matches("[٠-٩]{2}/[٠-٩]{2}/[٠-٩]{4}"), "not an Arabic dd/mm/yyyy date: " + date);
    assertTrue(driver.findElement(By.cssSelector(".story .ago")).getText().startsWith("منذ"));
    assertTrue(driver.getTitle().startsWith(a.getString("title")), driver.getTitle());
  }

  @Test
  void sidebarOnTheArticlePageIsLiveAndTheJsonLdRaisesNoPolicyViolation() {
    JsonObject a = app.published(TestApp.article("وصول أول رحلة جوية إلى المطار الجديد"));
    driver.get("http://127.0.0.1:" + app.port() + ArticlePageTest.path(a.getString("slug")));
    page.awaitState("live");
    assertEquals(List.of(), page.ids(), "the article being read is not listed beside itself");

    String fresh = app.published(TestApp.article("افتتاح صالة جديدة للمسافرين")).getString("id");

    page.awaitIds(List.of(fresh));
    assertEquals(200, app.patch(a.getString("id"), new JsonObject().put("excerpt", "هبطت الطائرة صباح اليوم.")).statusCode());
    String later = app.published(TestApp.article("تمديد ساعات عمل المطار")).getString("id");
    page.awaitIds(List.of(later, fresh));
    assertEquals("polite", driver.findElement(By.id("latest")).getDomAttribute("aria-live"));
    String console = browser.console();
    assertFalse(console.contains("Content Security Policy"), console);
    assertFalse(console.contains("SEVERE"), console);
    Document served = Jsoup.parse(app.get(ArticlePageTest.path(a.getString("slug"))).bodyAsString());
    JsonObject ld = new JsonObject(served.selectFirst("script[type=application/ld+json]").data());
    assertEquals("NewsArticle", ld.getString("@type"));
    assertEquals(a.getString("title"), served.selectFirst("meta[property=og:title]").attr("content"));
  }

  @Test
  void pageHasLandmarksAndASkipLinkToTheStory() {
    JsonObject a = app.published(TestApp.article("إعلان نتائج مسابقة القراءة الوطنية"));
    driver.get("http://127.0.0.1:" + app.port() + ArticlePageTest.path(a.getString("slug")));
    page.awaitState("live");

    for (String landmark : List.of("header", "nav", "main", "aside", "footer")) {
      assertEquals(1, driver.findElements(By.tagName(landmark)).size(), landmark);
    }
    driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    assertEquals("skip", driver.switchTo().activeElement().getDomAttribute("class"));
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> "content".equals(d.switchTo().activeElement().getDomAttribute("id")));
  }

  @Test
  void unknownAddressShowsTheArabic404Page() {
    driver.get("http://127.0.0.1:" + app.port() + ArticlePageTest.path("خبر-غير-موجود-42"));

    assertEquals("الصفحة غير موجودة", driver.findElement(By.tagName("h1")).getText());
    assertEquals("/", driver.findElement(By.cssSelector("main a")).getDomAttribute("href"));
  }
}
