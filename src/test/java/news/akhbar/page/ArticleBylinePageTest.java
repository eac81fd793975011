package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import news.akhbar.web.PathIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The article page's byline, and the authors and publisher of its NewsArticle JSON-LD. */
class ArticleBylinePageTest extends AppTest {

  @Test
  void pageShowsTheBylineUnderTheTitleAndTheJsonLdNamesAuthorsAndPublisherLogo() {
    JsonObject a = app.published(TestApp.article("افتتاح مطار جديد").put("authors", new JsonArray()
        .add(new JsonObject().put("name", "ليلى حداد"))
        .add(new JsonObject().put("name", "وكالة الأنباء").put("type", "Organization"))));

    Document doc = Jsoup.parse(app.get(PathIds.articlePath(a.getString("slug"))).bodyAsString());

    assertEquals("بقلم ليلى حداد ووكالة الأنباء", doc.selectFirst("h1 + .byline").text());
    assertEquals("rtl", doc.selectFirst(".byline").attr("dir"));
    JsonObject ld = new JsonObject(doc.selectFirst("script[type=application/ld+json]").data());
    JsonArray authors = ld.getJsonArray("author");
    assertEquals(2, authors.size(), ld.encode());
    assertEquals(new JsonObject().put("@type", "Person").put("name", "ليلى حداد"), authors.getJsonObject(0));
    assertEquals(new JsonObject().put("@type", "Organization").put("name", "وكالة الأنباء"),
        authors.getJsonObject(1));
    JsonObject publisher = ld.getJsonObject("publisher");
    assertEquals("Organization", publisher.getString("@type"));
    assertEquals("أخبار", publisher.getString("name"));
    JsonObject logo = publisher.getJsonObject("logo");
    assertEquals("ImageObject", logo.getString("@type"));
    String logoUrl = logo.getString("url");
    assertTrue(logoUrl.startsWith("http://127.0.0.1:" + app.port() + "/"), logoUrl);
    assertEquals(200, app.get(logoUrl.substring(logoUrl.indexOf('/', "http://".length()))).statusCode(),
        "the logo is served");
  }

  @Test
  void anArticleWrittenBeforeBylinesIsCreditedToTheSite() {
    JsonObject a = app.published(TestApp.article("خبر بلا كاتب"));
    app.db().execute("UPDATE article SET authors = '[]'");
    int booted = app.startInstance();

    Document doc = Jsoup.parse(app.get(booted, PathIds.articlePath(a.getString("slug"))).bodyAsString());

    assertEquals("بقلم أخبار", doc.selectFirst(".byline").text());
    JsonObject author = new JsonObject(doc.selectFirst("script[type=application/ld+json]").data())
        .getJsonArray("author").getJsonObject(0);
    assertEquals(new JsonObject().put("@type", "Organization").put("name", "أخبار"), author);
  }
}
