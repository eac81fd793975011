package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The page's server goes away and comes back on the same address: the page catches up on what it missed. */
class LivePageReconnectBrowserTest extends AppTest {

  private Browser browser;
  private LivePage page;

  @BeforeEach
  void openBrowser() {
    app.startInstance();
    browser = Browser.start();
    page = new LivePage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void itemsPublishedWhileTheServerWasDownArriveAfterItReturnsAndAreHighlighted() {
    String before = id(app.post(0, TestApp.article("انتهاء المرحلة الأولى من مشروع الطريق الدائري")));
    page.open(app.port(0));
    page.script("window.akhbarVisit = 'same-document';");
    String live = id(app.post(0, TestApp.article("وصول شحنة جديدة من اللقاحات إلى المستشفيات")));
    page.awaitIds(List.of(live, before));

    app.stopInstance(0);
    page.awaitState("reconnecting");
    assertEquals("جارٍ إعادة الاتصال…", browser.driver().findElement(By.cssSelector("#status .status-text")).getText());
    String missedFirst = id(app.post(1, TestApp.article("البنك المركزي يبقي أسعار الفائدة دون تغيير")));
    String missedSecond = id(app.post(1, TestApp.article("انقطاع مؤقت للمياه في أحياء وسط المدينة")));
    assertEquals("reconnecting", page.state(), "the page cannot be live while its server is down");

    app.restartInstance(0);

    page.awaitIds(List.of(missedSecond, missedFirst, live, before));
    page.awaitState("live");
    assertTrue(page.item(missedFirst).getDomAttribute("class").contains("missed"));
    assertTrue(page.item(missedSecond).getDomAttribute("class").contains("missed"));
    assertFalse(page.item(live).getDomAttribute("class").contains("missed"), "seen live, not missed");
    String banner = browser.driver().findElement(By.id("missed")).getText();
    assertTrue(banner.startsWith("فاتك خبران"), banner);
    assertEquals("same-document", page.script("return window.akhbarVisit;"), "the page was reloaded");
  }

  @Test
  void itemsPublishedAfterTheReconnectStillArriveLive() {
    page.open(app.port(0));
    app.stopInstance(0);
    page.awaitState("reconnecting");
    app.restartInstance(0);
    page.awaitState("live");

    String fresh = id(app.post(1, TestApp.article("افتتاح خط جديد لقطار الضواحي")));

    page.awaitIds(List.of(fresh));
    assertEquals("افتتاح خط جديد لقطار الضواحي", page.title(fresh));
  }

  @Test
  void pageTooFarBehindForAReplayReloadsItsListAndStaysLive(Vertx vertx) {
    app.close();
    app = TestApp.start(vertx, Map.of("AKHBAR_REPLAY_LIMIT", "2"));
    app.startInstance();
    String before = id(app.post(0, TestApp.article("تدشين محطة لتحلية مياه البحر")));
    page.open(app.port(0));

    app.stopInstance(0);
    page.awaitState("reconnecting");
    List<String> missed = new ArrayList<>();
    for (String title : List.of("الخبر الفائت الأول", "الخبر الفائت الثاني", "الخبر الفائت الثالث")) {
      missed.add(0, id(app.post(1, TestApp.article(title))));
    }
    app.restartInstance(0);

    List<String> reloaded = new ArrayList<>(missed);
    reloaded.add(before);
    page.awaitIds(reloaded);
    page.awaitState("live");
    String after = id(app.post(1, TestApp.article("خبر يصل بعد إعادة التحميل")));
    reloaded.add(0, after);
    page.awaitIds(reloaded);
  }

  private static String id(HttpResponse<Buffer> posted) {
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    return posted.bodyAsJsonObject().getString("id");
  }
}
