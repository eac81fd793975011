package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.akhbar.page.BrowserTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An article page with a lead photo, wide and on a phone: the picture loads a size from its srcset, fills the
 * story's width at its own shape, reserves that shape before it loads (the width/height attributes' aspect ratio),
 * and never makes the page scroll sideways.
 */
class ArticlePhotoBrowserTest extends BrowserTest {

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void theLeadPhotoKeepsItsShapeAndItsSpace(int width) {
    ChromeDriver driver = browser.driver();
    if (width < 1000) {
      browser.emulatePhone(width, 844);
    } else {
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }
    try {
      JsonObject photo = app.photo(TestImages.jpeg(1200, 800));
      JsonObject a = app.published(TestApp.article("افتتاح جسر جديد فوق النهر").put("photo", photo.getString("id")));
      driver.get("http://127.0.0.1:" + app.port() + "/a/" + URLEncoder.encode(a.getString("slug"),
          StandardCharsets.UTF_8));
      page.awaitState("live");
      browser.awaitLoadedImage(".story-photo img", 10);
      @SuppressWarnings("unchecked")
      Map<String, Object> box = (Map<String, Object>) driver.executeScript("const i = document.querySelector"
          + "('.story-photo img'); const r = i.getBoundingClientRect(); return {w: r.width, h: r.height, "
          + "ratio: getComputedStyle(i).aspectRatio, src: i.currentSrc, story: i.closest('.story').getBoundingClientRect().width - parseFloat(getComputedStyle(i.closest('.story')).paddingInlineStart) - parseFloat(getComputedStyle(i.closest('.story')).paddingInlineEnd), "
          + "scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth};");
      double w = ((Number) box.get("w")).doubleValue();
      double h = ((Number) box.get("h")).doubleValue();
      assertEquals(w * 800 / 1200, h, 1.5, "the picture keeps its shape: " + box);
      assertEquals("auto 1200 / 800", box.get("ratio"), "the space is reserved from width/height: " + box);
      assertTrue(w >= ((Number) box.get("story")).doubleValue() - 4, "the picture fills the story: " + box);
      assertTrue(String.valueOf(box.get("src")).matches(".*/photos/[0-9a-f]{32}-[0-9]+\\.jpg"), box.toString());
      assertTrue(((Number) box.get("scroll")).longValue() <= ((Number) box.get("view")).longValue(),
          "the page scrolls sideways: " + box);
      String console = browser.console();
      assertFalse(console.contains("SEVERE"), console);
      browser.screenshot("article-photo-" + width + ".png");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
