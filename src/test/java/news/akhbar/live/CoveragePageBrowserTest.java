package news.akhbar.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Consumer;
import news.akhbar.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two readers of one coverage on two instances, a 1366 px desktop and a 390 px phone: what the desk does over HTTP
 * reaches both pages without a reload.
 */
class CoveragePageBrowserTest extends LiveAppTest {

  @AutoClose
  private static Browser desktop;
  @AutoClose
  private static Browser phone;
  private CoverageTab wide;
  private CoverageTab narrow;

  @BeforeAll
  static void launchBrowsers() {
    desktop = Browser.start(1366, 900);
    phone = Browser.phone(390, 844);
  }

  @BeforeEach
  void openBothPages() {
    int second = app.startInstance();
    wide = new CoverageTab(desktop).open(app.port(0), coverage.getString("slug"));
    narrow = new CoverageTab(phone).open(app.port(second), coverage.getString("slug"));
  }

  /** Lets go of the streams before the app stops. */
  @AfterEach
  void leavePages() {
    desktop.driver().get("about:blank");
    phone.driver().get("about:blank");
  }

  @Test
  void entryAppearsOnBothThenChangesInPlaceAndGoes() {
    String older = desk.entry(coverageId, "<p>وصول فرق الإنقاذ</p>").getString("id");
    both(tab -> tab.awaitIds("#entries", List.of(older)));
    String entry = desk.entry(coverageId, new JsonObject().put("title", "تحديث")
        .put("body", "<p>ارتفاع عدد <strong>المصابين</strong></p>")).getString("id");
    both(tab -> tab.awaitIds("#entries", List.of(entry, older)));
    assertEquals("ارتفاع عدد المصابين", wide.body(entry));
    wide.script("document.getElementById('entry-' + arguments[0]).dataset.seen = 'yes';", older);

    assertEquals(200, desk.patch(coverageId, entry, new JsonObject().put("body", "<p>تصحيح: ١٢ مصابًا</p>"))
        .statusCode());
    both(tab -> tab.awaitTrue("the edit", () -> "تصحيح: ١٢ مصابًا".equals(tab.body(entry))));
    both(tab -> assertEquals(List.of(entry, older), tab.entries(), "edited in place, not moved"));
    assertEquals("yes", wide.script("return document.getElementById('entry-' + arguments[0]).dataset.seen;", older),
        "the page was not reloaded");

    assertEquals(204, desk.delete(coverageId, entry).statusCode());
    both(tab -> tab.awaitIds("#entries", List.of(older)));
  }

  @Test
  void pinMovesAnEntryToTheTopAndAKeyEventJoinsTheBox() {
    String first = desk.entry(coverageId, "<p>الأول</p>").getString("id");
    String second = desk.entry(coverageId, "<p>الثاني</p>").getString("id");
    both(tab -> tab.awaitIds("#entries", List.of(second, first)));

    assertEquals(200, desk.patch(coverageId, first, new JsonObject().put("pinned", true)).statusCode());
    both(tab -> tab.awaitIds("#pinned", List.of(first)));
    both(tab -> assertEquals(List.of(second), tab.entries()));
    assertTrue(wide.shown("pinned"));

    assertEquals(200, desk.patch(coverageId, second, new JsonObject().put("pinned", true)).statusCode());
    both(tab -> tab.awaitIds("#pinned", List.of(second)));
    both(tab -> tab.awaitIds("#entries", List.of(first)));

    String key = desk.entry(coverageId, new JsonObject().put("title", "إعلان الهدنة").put("body", "<p>نص</p>")
        .put("keyEvent", true)).getString("id");
    both(tab -> tab.awaitIds("#key-list", List.of(key)));
    assertEquals("#entry-" + key, wide.script("return document.querySelector('#key-list a').getAttribute('href');"));
    assertTrue(wide.text("key-events").contains("إعلان الهدنة"), wide.text("key-events"));
    assertEquals(200, desk.patch(coverageId, key, new JsonObject().put("keyEvent", false)).statusCode());
    both(tab -> tab.awaitIds("#key-list", List.of()));
  }

  @Test
  void readersSeeHowManyAreReadingAndTheEndOfTheCoverage() {
    both(tab -> tab.awaitTrue("the audience count", () -> tab.shown("audience")
        && tab.text("audience").contains("قارئان")));
    assertTrue(wide.shown("live-mark"));

    assertEquals(200, desk.end(coverageId).statusCode());

    both(tab -> tab.awaitTrue("the ended state", () -> "false".equals(tab.main().getDomAttribute("data-live"))));
    assertFalse(wide.shown("live-mark"));
    assertTrue(narrow.shown("ended-mark"));
    assertFalse(narrow.shown("audience"));
  }

  @Test
  void phonePageWithALongEntryFitsA390PixelScreen() {
    desk.entry(coverageId, new JsonObject().put("keyEvent", true).put("pinned", true).put("title", "عنوان طويل "
        + "جدًا عن تطورات الساعة الأخيرة في المحافظات الشمالية").put("body", "<p>#وسم_طويل_جدًا_بلا_مسافات_"
        + "يمكن_أن_يدفع_الصفحة_إلى_الجانب_على_الهاتف_المحمول_الصغير</p><p>https://example.org/a-very-long-address"
        + "-without-any-space-at-all-that-could-push-the-page-sideways</p>"));
    desk.entry(coverageId, "<p>تحديث قصير</p>");
    narrow.awaitTrue("both entries", () -> narrow.ids("#pinned").size() == 1 && narrow.entries().size() == 1);

    long viewport = (Long) narrow.script("return window.innerWidth;");
    long scrolled = (Long) narrow.script("return document.documentElement.scrollWidth;");
    assertEquals(390, viewport);
    assertTrue(scrolled <= viewport, "page is " + scrolled + " px wide on a " + viewport + " px screen");
    phone.screenshot("live-390.png");
    desktop.screenshot("live-1366.png");
  }

  private void both(Consumer<CoverageTab> check) {
    check.accept(wide);
    check.accept(narrow);
  }
}
