package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.akhbar.page.BrowserTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The article form's bylines: left empty, the story is credited to the signed-in editor; a named contributor typed
 * in (a wire agency) is what the article page's byline reads; a refused name is said in Arabic beside the field.
 */
class ConsoleAuthorsBrowserTest extends BrowserTest {

  @AfterEach
  void wholeScreen() {
    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private EditorConsole article(String token, String title) {
    EditorConsole console = new EditorConsole(browser).open(app.port()).signIn(token);
    console.mode("article");
    console.type("title", title);
    console.type("body", "نص الخبر كما وصل.");
    return console;
  }

  private JsonObject newest() {
    return app.get("/api/v1/articles?limit=1").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void aContributorSetInTheFormIsTheBylineOnTheArticlePage(int width) {
    if (width < 1000) {
      browser.emulatePhone(width, 844);
    }
    EditorConsole console = article(TestApp.TOKEN, "اتفاق على هدنة في الشمال");
    console.find("field-authors").sendKeys("وكالة الأنباء");
    browser.driver().findElement(By.cssSelector("#authors-list .author-type option[value='Organization']")).click();
    console.find("author-add").click();
    browser.driver().switchTo().activeElement().sendKeys("ليلى حداد");
    console.publish();
    console.awaitStatus("arrived");

    JsonObject a = newest();
    assertEquals(new JsonArray().add(new JsonObject().put("name", "وكالة الأنباء").put("type", "Organization"))
        .add(new JsonObject().put("name", "ليلى حداد").put("type", "Person")), a.getJsonArray("authors"));
    browser.driver().get("http://127.0.0.1:" + app.port() + "/a/" + URLEncoder.encode(a.getString("slug"),
        StandardCharsets.UTF_8));
    page.awaitState("live");
    WebElement byline = browser.driver().findElement(By.cssSelector(".story .byline-names"));
    assertEquals("وكالة الأنباء وليلى حداد", byline.getText());
    assertTrue(byline.isDisplayed());
    assertEquals(Boolean.TRUE, browser.driver().executeScript(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "scrolls sideways");
  }

  @Test
  void leftEmptyTheStoryIsCreditedToTheSignedInEditor() {
    String token = app.newEditor("سلمى منصور");
    EditorConsole console = article(token, "افتتاح المكتبة العامة");
    assertEquals("", console.find("field-authors").getDomProperty("value"));
    console.publish();
    console.awaitStatus("arrived");
    assertEquals("سلمى منصور", newest().getJsonArray("authors").getJsonObject(0).getString("name"));
  }

  @Test
  void aNameTooLongIsRefusedInArabicBesideTheField() {
    EditorConsole console = article(TestApp.TOKEN, "خبر باسم طويل");
    console.script("document.getElementById('field-authors').value = arguments[0];", "ا".repeat(121));
    console.publish();
    String error = console.awaitError("authors");
    assertTrue(error.startsWith("اسم الكاتب أطول من"), error);
    assertFalse(error.matches(".*[A-Za-z].*"), error);
    assertEquals("true", console.find("field-authors").getDomAttribute("aria-invalid"));
    assertEquals(0, app.db().count("SELECT count(*) FROM article"));
  }
}
