package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every page with a script carries the server's rules, and the markup the script adds comes from the page. */
class PageRulesTest extends AppTest {

  private Document page(String path) {
    return Jsoup.parse(app.get(path).bodyAsString());
  }

  private static JsonObject rules(Document doc) {
    return new JsonObject(doc.selectFirst("script#site-rules[type=application/json]").data());
  }

  @Test
  void frontPageStatesTheRulesItsScriptsFollow() {
    JsonObject rules = rules(page("/"));

    assertEquals(20, rules.getInteger("pageSize"));
    assertEquals(21_600_000L, rules.getLong("breakingWindowMillis"));
    assertEquals("رياضة", rules.getJsonObject("topicNames").getString("sports"));
    assertEquals(200, rules.getInteger("searchMax"));
    assertEquals(300, rules.getInteger("titleMax"));
    assertEquals(40, rules.getInteger("topicMax"));
    assertEquals("[A-Za-z0-9._~+/=-]{1,256}", rules.getString("tokenPattern"));
    assertEquals(new JsonObject().put("locale", "ar-EG")
        .put("short", new JsonObject().put("day", "2-digit").put("month", "2-digit").put("year", "numeric"))
        .put("full", new JsonObject().put("dateStyle", "full").put("timeStyle", "short")), rules.getJsonObject("dates"));
  }

  @Test
  void consolePageIsRenderedWithTheSameRulesAndOnlyModuleScripts() {
    Document console = page("/editor/");

    assertEquals(rules(page("/")), rules(console));
    assertEquals("/editor/console.js", console.selectFirst("script[type=module]").attr("src"));
    assertEquals("/tokens.css", console.selectFirst("link[rel=stylesheet]").attr("href"));
    assertTrue(console.select("script:not([type=module]):not([type=application/json])").isEmpty());
  }

  @Test
  void pagesCarryTheTemplatesOfTheMarkupTheirScriptsAdd() {
    app.published(TestApp.article("خبر أول").put("breaking", true));
    Document front = page("/");

    Element item = front.selectFirst("template#item-template").child(0);
    assertEquals("li", item.tagName());
    assertNotNull(item.selectFirst("h3.headline > .badge"));
    assertNotNull(item.selectFirst("a.title"));
    assertNotNull(item.selectFirst("p.excerpt"));
    assertNotNull(item.selectFirst("p.meta time.date + .ago + .source"));
    assertNotNull(front.selectFirst("template#hit-template").child(0).selectFirst("p.snippet"));
    assertEquals("li", front.selectFirst("template#tab-template").child(0).tagName());
    assertEquals("/front.js", front.selectFirst("script[type=module]").attr("src"));
  }
}
