package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.akhbar.page.BrowserTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * «إدراج صورة» at the writing desk: an editor uploads a photo into the body (or picks the lead photo already
 * uploaded), publishes, and the article page shows it loaded, at the story's width, without sideways scrolling.
 */
class DeskPhotoBrowserTest extends BrowserTest {

  @TempDir
  Path dir;

  @AfterEach
  void wholeScreen() {
    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private void screen(int width) {
    if (width < 1000) {
      browser.emulatePhone(width, 844);
    } else {
      browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }
  }

  private EditorConsole article(String title, String text) {
    EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    console.type("title", title);
    console.type("body", text);
    return console;
  }

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void aPhotoUploadedAtTheDeskShowsLoadedOnTheArticlePage(int width) throws Exception {
    screen(width);
    Path jpeg = Files.write(dir.resolve("market.jpg"), TestImages.jpeg(1200, 800));
    EditorConsole console = article("السوق القديم يفتح أبوابه", "عاد الباعة إلى السوق بعد الترميم.");
    console.find("desk-photo-open").click();
    assertEquals("true", console.find("desk-photo-open").getDomAttribute("aria-expanded"));
    console.find("desk-photo-file").sendKeys(jpeg.toString());
    console.find("desk-photo-upload").click();
    assertEquals("اكتب وصفًا للصورة يقرؤه من لا يراها.", console.text("desk-photo-error"));
    console.find("desk-photo-alt").sendKeys("باعة في السوق القديم");
    console.find("desk-photo-caption").sendKeys("السوق بعد الترميم");
    console.find("desk-photo-credit").sendKeys("تصوير سامر خليل");
    console.find("desk-photo-upload").click();
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> console.text("desk-photo-error"))
        .until(d -> !d.findElements(By.cssSelector("#field-body figure img[src^='/photos/']")).isEmpty());
    WebElement caption = console.find("field-body").findElement(By.tagName("figcaption"));
    assertTrue(caption.getText().startsWith("السوق بعد الترميم"), caption.getText());
    assertEquals("تصوير سامر خليل", caption.findElement(By.className("credit")).getText());
    console.publish();
    console.awaitStatus("arrived");

    JsonObject a = app.get("/api/v1/articles?limit=1").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertTrue(a.getString("body").contains("srcset="), a.getString("body"));
    assertLoadedWithoutOverflow(a, width);
  }

  @Test
  void theLeadPhotoCanBePickedForTheBody() throws Exception {
    Path jpeg = Files.write(dir.resolve("bridge.jpg"), TestImages.jpeg(900, 600));
    EditorConsole console = article("افتتاح الجسر", "افتُتح الجسر صباح اليوم.");
    console.find("photo-file").sendKeys(jpeg.toString());
    console.find("photo-alt").sendKeys("جسر المشاة");
    console.find("photo-upload").click();
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> String.valueOf(console.find("photo-preview")
        .getDomAttribute("src")).startsWith("/photos/"));
    console.find("field-body").click();
    console.find("desk-photo-open").click();
    browser.driver().findElement(By.cssSelector("#desk-photo-picks button.desk-photo-pick")).click();
    assertTrue(console.find("desk-photo").getDomAttribute("hidden") != null, "the panel closes once inserted");
    console.publish();
    console.awaitStatus("arrived");
    JsonObject a = app.get("/api/v1/articles?limit=1").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    String id = a.getJsonObject("photo").getString("id");
    assertTrue(a.getString("body").contains("src=\"/photos/" + id + "-900.jpg\""), a.getString("body"));
  }

  private void assertLoadedWithoutOverflow(JsonObject a, int width) {
    ChromeDriver driver = browser.driver();
    driver.get("http://127.0.0.1:" + app.port() + "/a/" + URLEncoder.encode(a.getString("slug"),
        StandardCharsets.UTF_8));
    page.awaitState("live");
    browser.awaitLoadedImage(".story-body figure img", 10);
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) driver.executeScript("const i = document.querySelector("
        + "'.story-body figure img'); const r = i.getBoundingClientRect(); return {w: r.width, h: r.height, "
        + "natural: i.naturalWidth, caption: i.closest('figure').querySelector('figcaption').textContent, "
        + "scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth};");
    double w = ((Number) box.get("w")).doubleValue();
    assertEquals(w * 800 / 1200, ((Number) box.get("h")).doubleValue(), 1.5, "keeps its shape: " + box);
    assertTrue(w > width / 3.0, "too small: " + box);
    assertTrue(String.valueOf(box.get("caption")).contains("تصوير سامر خليل"), box.toString());
    assertTrue(((Number) box.get("scroll")).longValue() <= ((Number) box.get("view")).longValue(),
        "the page scrolls sideways: " + box);
    String log = browser.console();
    assertFalse(log.contains("SEVERE"), log);
    browser.screenshot("desk-photo-article-" + width + ".png");
  }
}
