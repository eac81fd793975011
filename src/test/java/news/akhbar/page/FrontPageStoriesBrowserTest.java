package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The front page in Chromium: the lead with its photo, the secondary row and the topic sections at 1366 px and on a
 * 390 px phone, no story twice on the first screen, and the featured stories kept right as news arrives, changes and
 * is retracted.
 */
class FrontPageStoriesBrowserTest extends BrowserTest {

  /** The ids of the stories shown on the first screen, one per place they show in (banner, lead, cards, list). */
  private static final String ABOVE_THE_FOLD = """
      return [...document.querySelectorAll('#breaking[data-id], #lead[data-id], li.card, #latest > li[data-id]')]
          .filter((e) => { const r = e.getBoundingClientRect();
                           return e.checkVisibility() && r.height > 0 && r.top < innerHeight && r.bottom > 0; })
          .map((e) => e.dataset.id);""";
  private static final String LEAD_PHOTO = """
      const i = document.querySelector('#lead .lead-photo img');
      return i && {complete: i.complete, natural: i.naturalWidth, src: i.currentSrc, srcset: i.getAttribute('srcset'),
          width: i.getAttribute('width'), height: i.getAttribute('height'), loading: i.loading,
          priority: i.getAttribute('fetchpriority'), box: i.getBoundingClientRect().height};""";

  @AfterEach
  void wideAgain() {
    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  @Test
  void wideFrontPageShowsTheLeadPhotoRowAndSectionsWithNoStoryTwiceOnTheFirstScreen() throws IOException {
    screen(1366, 768, false);
    String lead = newsOfTheDay();

    page.open(app.port());

    Map<String, Object> photo = leadPhoto();
    assertEquals(lead, page.script("return document.querySelector('#lead').dataset.id;"));
    assertTrue(((Number) photo.get("natural")).intValue() > 0, "the lead's photo did not load: " + photo);
    assertTrue(String.valueOf(photo.get("src")).matches(".*/photos/[0-9a-f]{32}-[0-9]+\\.jpg"), photo.toString());
    assertTrue(String.valueOf(photo.get("srcset")).matches("(/photos/[0-9a-f]{32}-[0-9]+\\.jpg [0-9]+w(, )?){4}"),
        photo.toString());
    assertEquals(List.of("1600", "1067", "eager", "high"), List.of(photo.get("width"), photo.get("height"),
        photo.get("loading"), photo.get("priority")), "its box is reserved and it loads first: " + photo);
    assertEquals(4L, page.script("return document.querySelectorAll('#secondary li.card').length;"));
    assertEquals(List.of("محليات", "اقتصاد", "رياضة"), page.script(
        "return [...document.querySelectorAll('#sections h2')].map((h) => h.textContent);"));
    assertTrue((Boolean) page.script("return document.querySelector('#secondary').getBoundingClientRect().top"
        + " < innerHeight;"), "the secondary row starts on the first screen");
    List<?> shown = (List<?>) page.script(ABOVE_THE_FOLD);
    assertEquals(new HashSet<>(shown).size(), shown.size(), "a story shows twice on the first screen: " + shown);
    assertTrue(shown.size() >= 6, "the first screen holds the lead, the row and part of the list: " + shown);
    save("front-1366.png");
  }

  @Test
  void aBreakingItemPostedLiveTakesTheBannerAndNeverShowsTwiceAndItsRetractionTakesItAway() {
    screen(1366, 768, false);
    String lead = newsOfTheDay();
    page.open(app.port());

    String breaking = app.published(TestApp.article("زلزال بقوة خمس درجات يضرب المنطقة الساحلية")
        .put("breaking", true)).getString("id");

    awaitDataId("#breaking", breaking);
    assertEquals(lead, page.script("return document.querySelector('#lead').dataset.id;"), "the banner's is not the lead");
    assertTrue((Boolean) page.script("return document.querySelector('#latest > li[data-id=\"" + breaking
        + "\"]').hidden;"), "its list item is hidden while the banner shows it");
    assertEquals("عاجل: زلزال بقوة خمس درجات يضرب المنطقة الساحلية", page.script(
        "return document.getElementById('featured-news').textContent;"), "a hidden item is still announced");
    assertNoStoryTwice();

    String second = app.published(TestApp.article("انقطاع الكهرباء عن عدة أحياء").put("breaking", true))
        .getString("id");
    awaitDataId("#breaking", second);
    awaitDataId("#lead", breaking);   // the older breaking item now leads
    assertNoStoryTwice();

    assertEquals(200, app.patch(breaking, new JsonObject().put("title", "زلزال بقوة ست درجات يضرب الساحل"))
        .statusCode());
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> "زلزال بقوة ست درجات يضرب الساحل".equals(
        page.script("return document.querySelector('#lead .lead-title a').textContent;")));

    assertEquals(200, app.retract(second).statusCode());
    awaitDataId("#breaking", breaking);
    assertEquals(200, app.retract(breaking).statusCode());
    browser.waiting(LivePage.WAIT_SECONDS).until(d -> Boolean.TRUE.equals(page.script(
        "return document.querySelector('#breaking').hidden;")));
    awaitDataId("#lead", lead);
    assertEquals(0L, page.script("return document.querySelectorAll('[data-id=\"" + breaking + "\"], [data-id=\""
        + second + "\"]').length;"), "a retracted story is left somewhere");
    assertNoStoryTwice();
  }

  @Test
  void phoneStacksLeadRowListAndSectionsWithoutSidewaysScroll() throws IOException {
    screen(390, 844, true);
    newsOfTheDay();

    page.open(app.port());

    Map<String, Object> photo = leadPhoto();
    assertTrue(((Number) photo.get("natural")).intValue() > 0, "the lead's photo did not load: " + photo);
    @SuppressWarnings("unchecked")
    List<Number> tops = (List<Number>) page.script("return ['#lead', '#secondary', '#latest', '#sections']"
        + ".map((s) => document.querySelector(s).getBoundingClientRect().top);");
    for (int i = 1; i < tops.size(); i++) {
      assertTrue(tops.get(i - 1).doubleValue() < tops.get(i).doubleValue(), "lead, row, list, sections: " + tops);
    }
    long scrolled = (Long) page.script("return document.documentElement.scrollWidth;");
    assertEquals(390L, page.script("return window.innerWidth;"));
    assertTrue(scrolled <= 390, "the page is " + scrolled + " px wide on a 390 px phone");
    List<?> shown = (List<?>) page.script(ABOVE_THE_FOLD);
    assertEquals(new HashSet<>(shown).size(), shown.size(), "a story shows twice on the first screen: " + shown);
    save("front-390.png");
  }

  /**
   * Ten stories over three topics, some with photos (the newest, the lead, has one); no breaking item, so the
   * newest leads. Returns the lead's id.
   */
  private String newsOfTheDay() {
    JsonObject wide = app.photo(TestImages.jpeg(2400, 1600));
    JsonObject thumb = app.photo(TestImages.jpeg(900, 600));
    String[][] stories = {
        {"sports", "المنتخب يفوز في المباراة الودية"}, {"economy", "البورصة تغلق على ارتفاع طفيف"},
        {"sports", "انطلاق بطولة السباحة الإقليمية"}, {"economy", "ارتفاع أسعار النفط في الأسواق"},
        {"local", "افتتاح مكتبة عامة في الحي القديم"}, {"local", "بدء أعمال ترميم الجسر القديم"},
        {"culture", "افتتاح معرض الكتاب الدولي"}, {"local", "تعديل مواعيد الحافلات خلال العطلة"},
        {"culture", "مهرجان المسرح يعلن برنامجه"}, {"local", "افتتاح متحف جديد للفنون في المدينة القديمة"}};
    String id = null;
    for (int i = 0; i < stories.length; i++) {
      JsonObject a = TestApp.article(stories[i][1]).put("topic", stories[i][0])
          .put("excerpt", "تفاصيل الخبر كما وردت من مراسلينا اليوم.");
      if (i % 3 == 1) {
        a.put("photo", thumb.getString("id"));
      }
      id = app.published(i == stories.length - 1 ? a.put("photo", wide.getString("id")) : a).getString("id");
    }
    return id;
  }

  private void screen(int width, int height, boolean phone) {
    if (phone) {
      browser.emulatePhone(width, height);
    } else {
      browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> leadPhoto() {
    browser.waiting(LivePage.WAIT_SECONDS).withMessage(() -> "the lead's photo: " + page.script(LEAD_PHOTO))
        .until(d -> page.script(LEAD_PHOTO) instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("complete")));
    return (Map<String, Object>) page.script(LEAD_PHOTO);
  }

  private void awaitDataId(String selector, String id) {
    browser.waiting(LivePage.WAIT_SECONDS).withMessage(() -> selector + " is " + page.script(
        "return document.querySelector('" + selector + "').dataset.id;") + ", not " + id + "\n" + browser.console())
        .until(d -> id.equals(page.script("return document.querySelector('" + selector + "').dataset.id;")));
  }

  private void assertNoStoryTwice() {
    List<?> shown = (List<?>) page.script(ABOVE_THE_FOLD);
    assertEquals(new HashSet<>(shown).size(), shown.size(), "a story shows twice on the first screen: " + shown);
    assertFalse(shown.isEmpty());
    assertNotEquals(page.script("return document.querySelector('#breaking').dataset.id;"),
        page.script("return document.querySelector('#lead').dataset.id;"));
  }

  private void save(String name) throws IOException {
    Path shot = browser.screenshot(name);
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " looks empty");
    Files.copy(shot, Path.of("/tmp/s18", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
