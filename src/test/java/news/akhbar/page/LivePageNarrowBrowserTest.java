package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page on a 390 px phone: long Arabic headlines wrap, nothing scrolls sideways. */
class LivePageNarrowBrowserTest extends AppTest {

  private static final List<String> HEADLINES = List.of(
      "وزارة الزراعة تطلق برنامجًا وطنيًا لدعم صغار المزارعين في المحافظات الجنوبية وتوسيع شبكات الري الحديثة",
      "مجلس إدارة الشركة القابضة للنقل البحري يقر خطة لتحديث الأسطول التجاري خلال السنوات الخمس المقبلة",
      "#الانتخابات_البلدية_التكميلية_في_الدوائر_الشمالية_والشرقية_والغربية_تنطلق_صباح_الغد_وسط_إجراءات_تنظيمية_مشددة",
      "افتتاح الدورة الثالثة عشرة لمهرجان المسرح العربي بمشاركة فرق من إسطنبول وعمّان والدار البيضاء وتونس");

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.phone(390, 844);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void longArabicHeadlinesFitA390PixelScreenWithoutSidewaysScrolling() throws Exception {
    for (int i = 0; i < HEADLINES.size(); i++) {
      String excerpt = "تفاصيل الخبر: " + HEADLINES.get(i).substring(0, 40) + "…";
      assertEquals(201, app.post(TestApp.article(HEADLINES.get(i)).put("excerpt", excerpt)
          .put("breaking", i == HEADLINES.size() - 1).put("source", "وكالة الأنباء")).statusCode());
    }
    LivePage page = new LivePage(browser).open(app.port());
    assertEquals(HEADLINES.size(), page.ids().size());

    long viewport = (Long) page.script("return window.innerWidth;");
    long scrolled = (Long) page.script("return document.documentElement.scrollWidth;");
    long widest = (Long) page.script("return Math.ceil(Math.max(...[...document.querySelectorAll('#latest li, #lead')]"
        + ".map(e => e.getBoundingClientRect().right)));");
    long leftmost = (Long) page.script("return Math.floor(Math.min(...[...document.querySelectorAll('#latest li, #lead')]"
        + ".map(e => e.getBoundingClientRect().left)));");

    assertEquals(390, viewport, "the meta viewport should make the layout as wide as the phone");
    assertTrue(scrolled <= viewport, "page is " + scrolled + " px wide on a " + viewport + " px screen");
    assertTrue(widest <= viewport && leftmost >= 0, "items span " + leftmost + ".." + widest + " px");
    Path shot = browser.screenshot("front-390.png");
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " looks empty");
  }
}
