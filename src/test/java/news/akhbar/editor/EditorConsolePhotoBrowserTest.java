package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.akhbar.page.BrowserTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's lead photo: picked, previewed, refused in Arabic without alt text, uploaded, published with the article. */
class EditorConsolePhotoBrowserTest extends BrowserTest {

  @TempDir
  Path dir;

  @Test
  void anEditorPicksUploadsAndPublishesALeadPhoto() throws Exception {
    Path jpeg = Files.write(dir.resolve("bridge.jpg"), TestImages.jpeg(900, 600));
    EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    console.type("title", "افتتاح جسر جديد فوق النهر");
    console.find("photo-file").sendKeys(jpeg.toString());
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> String.valueOf(console.find("photo-preview")
        .getDomAttribute("src")).startsWith("data:image/jpeg"));

    console.find("photo-upload").click();
    assertEquals("اكتب وصفًا للصورة يقرؤه من لا يراها.", console.text("photo-error"));

    console.find("photo-alt").sendKeys("جسر المشاة عند الغروب");
    console.find("photo-credit").sendKeys("تصوير ليلى حداد");
    console.find("photo-upload").click();
    browser.waiting(EditorConsole.WAIT_SECONDS).withMessage(() -> console.text("photo-error") + console.text("photo-status"))
        .until(d -> String.valueOf(console.find("photo-preview").getDomAttribute("src")).startsWith("/photos/"));
    console.publish();
    console.awaitStatus("arrived");

    JsonObject article = app.get("/api/v1/articles?limit=1").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    JsonObject photo = article.getJsonObject("photo");
    assertEquals("جسر المشاة عند الغروب", photo.getString("alt"));
    assertEquals("تصوير ليلى حداد", photo.getString("credit"));
    assertEquals(900, photo.getInteger("width"));
  }

  @Test
  void aFileThatIsNotAnImageIsRefusedInArabic() throws Exception {
    Path fake = Files.write(dir.resolve("not-a-photo.jpg"), "ليست صورة".getBytes(StandardCharsets.UTF_8));
    EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(TestApp.TOKEN);
    console.mode("article");
    console.find("photo-file").sendKeys(fake.toString());
    console.find("photo-alt").sendKeys("وصف");
    console.find("photo-upload").click();
    browser.waiting(EditorConsole.WAIT_SECONDS).until(d -> console.find("photo-error").isDisplayed());
    assertEquals("تعذّرت قراءة الصورة: الملف تالف أو ناقص أو ليس صورة.", console.text("photo-error"));
    assertEquals(0, app.db().count("SELECT count(*) FROM photo"));
    assertTrue(console.find("photo-remove").getDomAttribute("hidden") != null);
  }
}
