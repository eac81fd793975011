package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** With AKHBAR_PUBLIC_URL set, every absolute link names it, whatever Host (if any) the request named. */
class PublicUrlTest extends AppTest {

  private static final String PUBLIC = "https://news.example.org";

  @Override
  protected Map<String, String> env() {
    return Map.of("AKHBAR_PUBLIC_URL", PUBLIC + "/");
  }

  @Test
  void articlePageNamesThePublicUrlInCanonicalOpenGraphAndJsonLd() {
    JsonObject a = app.post(TestApp.article("افتتاح متحف جديد للفنون الإسلامية")).bodyAsJsonObject();
    String path = ArticlePageTest.path(a.getString("slug"));

    Document doc = Jsoup.parse(get(path, "mirror.example.net").body());

    String url = PUBLIC + path;
    assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(url, doc.selectFirst("meta[property=og:url]").attr("content"));
    JsonObject ld = new JsonObject(doc.selectFirst("script[type=application/ld+json]").data());
    assertEquals(url, ld.getString("url"));
    assertEquals(url, ld.getJsonObject("mainEntityOfPage").getString("@id"));
  }

  @Test
  void frontPageNamesThePublicUrlInCanonicalAndOpenGraph() {
    app.post(TestApp.article("البورصة تغلق على ارتفاع").put("topic", "economy"));

    Document all = Jsoup.parse(get("/", "mirror.example.net").body());
    Document economy = Jsoup.parse(get("/?topic=economy", "mirror.example.net").body());

    assertEquals(PUBLIC + "/", all.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(PUBLIC + "/", all.selectFirst("meta[property=og:url]").attr("content"));
    assertEquals(PUBLIC + "/?topic=economy", economy.selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void feedsLinkThePublicUrlEvenOverHttp10WithoutHost() {
    JsonObject a = app.post(TestApp.article("افتتاح جسر جديد فوق النهر")).bodyAsJsonObject();
    String page = PUBLIC + ArticlePageTest.path(a.getString("slug"));

    RawHttp.Reply atom = RawHttp.send(app.port(), "GET /feed.atom HTTP/1.0\r\n\r\n");
    JsonObject json = new JsonObject(get("/feed.json", "mirror.example.net").body());

    assertEquals(200, atom.status(), atom.head());
    Document feed = Jsoup.parse(atom.body(), "", Parser.xmlParser());
    assertEquals(PUBLIC + "/feed.atom", feed.selectFirst("feed > link[rel=self]").attr("href"));
    assertEquals(PUBLIC + "/", feed.selectFirst("feed > link[rel=alternate]").attr("href"));
    Element entry = feed.selectFirst("entry");
    assertEquals(page, entry.selectFirst("link[rel=alternate]").attr("href"));
    assertEquals(PUBLIC + "/feed.json", json.getString("feed_url"));
    assertEquals(PUBLIC + "/", json.getString("home_page_url"));
    JsonArray items = json.getJsonArray("items");
    assertEquals(page, items.getJsonObject(0).getString("url"));
    assertTrue(RawHttp.send(app.port(), "GET / HTTP/1.0\r\n\r\n").body()
        .contains("<link rel=\"canonical\" href=\"" + PUBLIC + "/\">"), "the front page over HTTP/1.0");
  }

  private RawHttp.Reply get(String uri, String host) {
    RawHttp.Reply reply = RawHttp.send(app.port(), "GET " + uri + " HTTP/1.1\r\nHost: " + host
        + "\r\nConnection: close\r\n\r\n");
    assertEquals(200, reply.status(), reply.head());
    return reply;
  }
}
