package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FeedFormatTest extends AppTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  // U+FFFF passes the API (it is no control character) but XML 1.0 forbids it: the feed must drop it.
  private static final String TRICKY = "أسعار <النفط> & الذهب\r\nترتفع\uFFFF اليوم";

  private String trickyId;

  @BeforeEach
  void postArticles() {
    app.post(TestApp.article("مباراة الديربي تنتهي بالتعادل").put("topic", "sports").put("source", "مراسلنا"));
    trickyId = app.post(TestApp.article(TRICKY).put("topic", "economy")).bodyAsJsonObject().getString("id");
  }

  @Test
  void atomFeedParsesAndHasTheRequiredElements() throws Exception {
    HttpResponse<Buffer> res = app.get("/feed.atom");
    assertEquals(200, res.statusCode());
    assertEquals("application/atom+xml; charset=utf-8", res.getHeader("Content-Type"));
    Document doc = parse(res.body());

    Element feed = doc.getDocumentElement();
    assertEquals("feed", feed.getLocalName());
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("ar", feed.getAttribute("xml:lang"));
    assertFalse(text(feed, "id").isBlank());
    assertFalse(text(feed, "title").isBlank());
    Instant.parse(text(feed, "updated"));
    assertEquals(2, feed.getElementsByTagNameNS(ATOM, "entry").getLength());

    Element tricky = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("أسعار <النفط> & الذهب ترتفع اليوم", text(tricky, "title"));
    assertTrue(text(tricky, "id").startsWith("tag:akhbar.news,"), text(tricky, "id"));
    Instant.parse(text(tricky, "updated"));
    Instant.parse(text(tricky, "published"));
    Element link = (Element) tricky.getElementsByTagNameNS(ATOM, "link").item(0);
    assertEquals("alternate", link.getAttribute("rel"));
    assertTrue(link.getAttribute("href").matches("http://127\\.0\\.0\\.1:\\d+/a/%[0-9A-F%-]+-" + trickyId),
        link.getAttribute("href"));
    assertFalse(text(tricky, "summary").isBlank());
  }

  @Test
  void atomFeedLinksToItselfAndFiltersByTopic() throws Exception {
    Element feed = parse(app.get("/feed.atom?topic=sports").body()).getDocumentElement();

    assertEquals(1, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
    Element self = (Element) feed.getElementsByTagNameNS(ATOM, "link").item(0);
    assertEquals("self", self.getAttribute("rel"));
    assertTrue(self.getAttribute("href").endsWith("/feed.atom?topic=sports"), self.getAttribute("href"));
    Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("مباراة الديربي تنتهي بالتعادل", text(entry, "title"));
    assertEquals("فريق التحرير", text((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), "name"),
        "the byline (the admin token's default), not the source");
  }

  @Test
  void jsonFeedFollowsVersion11() {
    HttpResponse<Buffer> res = app.get("/feed.json");
    assertEquals("application/feed+json; charset=utf-8", res.getHeader("Content-Type"));
    JsonObject feed = res.bodyAsJsonObject();

    assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
    assertFalse(feed.getString("title").isBlank());
    assertTrue(feed.getString("home_page_url").startsWith("http://127.0.0.1:"));
    assertTrue(feed.getString("feed_url").endsWith("/feed.json"));
    JsonArray items = feed.getJsonArray("items");
    assertEquals(2, items.size());
    JsonObject item = items.getJsonObject(0);
    assertTrue(item.getString("id").endsWith(trickyId));
    assertTrue(item.getString("url").contains("/a/"));
    assertEquals("أسعار <النفط> & الذهب ترتفع اليوم", item.getString("title"));
    assertTrue(item.getString("content_html").startsWith("<p>"), item.getString("content_html"));
    Instant.parse(item.getString("date_published"));
    Instant.parse(item.getString("date_modified"));
    assertEquals("ar", item.getString("language"));
    assertEquals(1, app.get("/feed.json?topic=sports").bodyAsJsonObject().getJsonArray("items").size());
  }

  @Test
  void feedsRevalidateWith304() {
    HttpResponse<Buffer> first = app.get("/feed.atom");
    var again = app.web().get(app.port(), "127.0.0.1", "/feed.atom")
        .putHeader("If-None-Match", first.getHeader("ETag")).send();
    assertEquals(304, news.akhbar.support.Await.of(again).statusCode());
  }

  @Test
  void topicsCountLiveArticlesAndShowTheNewest() {
    app.post(TestApp.article("هدف في الدقيقة الأخيرة").put("topic", "sports"));
    app.retract(trickyId);

    JsonArray topics = app.get("/api/v1/topics").bodyAsJsonObject().getJsonArray("topics");

    assertEquals(1, topics.size(), topics.encode());
    JsonObject sports = topics.getJsonObject(0);
    assertEquals("sports", sports.getString("topic"));
    assertEquals(2, sports.getLong("count"));
    assertEquals("هدف في الدقيقة الأخيرة", sports.getJsonObject("newest").getString("title"));
  }

  private static Document parse(Buffer body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes()));
    assertNotNull(doc.getDocumentElement());
    return doc;
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }
}
