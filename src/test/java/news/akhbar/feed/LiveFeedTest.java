package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.LiveCoverage;
import news.akhbar.support.TestApp;
import news.akhbar.web.PathIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LiveFeedTest extends AppTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  // U+FFFF passes the API but XML 1.0 forbids it; markup characters must come out escaped
  private static final String TRICKY = "اشتباكات <عنيفة> & حرائق\r\nفي\uFFFF المدينة";

  private String slug;
  private String coverageId;
  private List<String> entryIds;

  @BeforeEach
  void coverStoryLive() {
    JsonObject article = app.published(TestApp.article("قمة طارئة في العاصمة"));
    slug = article.getString("slug");
    coverageId = LiveCoverage.start(app, article.getString("id")).getString("id");
    EditorClient layla = EditorClient.added(app, "ليلى حداد", null);
    EditorClient omar = EditorClient.added(app, "عمر ناصر", null);
    String first = LiveCoverage.entry(layla, coverageId, new JsonObject().put("title", "بدء القمة")
        .put("body", "<p>وصل القادة.</p>")).getString("id");
    String second = LiveCoverage.entry(omar, coverageId, new JsonObject().put("body", "<p>كلمة الافتتاح بدأت</p>"))
        .getString("id");
    String third = LiveCoverage.entry(layla, coverageId, new JsonObject().put("title", TRICKY)
        .put("body", "<p>بيان\uFFFE ختامي</p>")).getString("id");
    entryIds = List.of(third, second, first);
  }

  @Test
  void atomFeedListsTheEntriesNewestFirstWithAuthorsAndPermalinks() throws Exception {
    HttpResponse<Buffer> res = app.get("/live/" + PathIds.encode(slug) + "/feed.atom");
    assertEquals(200, res.statusCode(), res.bodyAsString());
    assertEquals("application/atom+xml; charset=utf-8", res.getHeader("Content-Type"));
    assertTrue(res.getHeader("Cache-Control").startsWith("public, max-age="), res.getHeader("Cache-Control"));
    assertTrue(res.getHeader("ETag").startsWith("\""), res.getHeader("ETag"));
    Element feed = parse(res.body());

    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(3, entries.getLength());
    List<String> authors = List.of("ليلى حداد", "عمر ناصر", "ليلى حداد");
    String page = "http://127.0.0.1:" + app.port() + PathIds.livePath(slug);
    for (int i = 0; i < 3; i++) {
      Element entry = (Element) entries.item(i);
      assertEquals(page + "#entry-" + entryIds.get(i), link(entry).getAttribute("href"));
      assertEquals(authors.get(i), text((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
      Instant.parse(text(entry, "updated"));
      assertTrue(text(entry, "id").endsWith("/" + entryIds.get(i)), text(entry, "id"));
    }
    assertEquals("اشتباكات <عنيفة> & حرائق في المدينة", text((Element) entries.item(0), "title"));
    assertEquals("كلمة الافتتاح بدأت", text((Element) entries.item(1), "title"));
    assertEquals(page, link(feed).getAttribute("href").replace("/feed.atom", ""));
  }

  @Test
  void jsonFeedListsTheSameEntriesInTheSameOrder() {
    HttpResponse<Buffer> res = app.get("/live/" + PathIds.encode(slug) + "/feed.json");
    assertEquals("application/feed+json; charset=utf-8", res.getHeader("Content-Type"));
    JsonObject feed = res.bodyAsJsonObject();

    assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
    assertTrue(feed.getString("feed_url").endsWith(PathIds.livePath(slug) + "/feed.json"));
    JsonArray items = feed.getJsonArray("items");
    assertEquals(3, items.size());
    for (int i = 0; i < 3; i++) {
      assertTrue(items.getJsonObject(i).getString("url").endsWith("#entry-" + entryIds.get(i)));
      Instant.parse(items.getJsonObject(i).getString("date_modified"));
    }
    assertEquals("عمر ناصر", items.getJsonObject(1).getJsonArray("authors").getJsonObject(0).getString("name"));
  }

  @Test
  void anEndedCoverageIsStillServedAndRevalidates() throws Exception {
    LiveCoverage.end(app, coverageId);
    String uri = "/live/" + PathIds.encode(slug) + "/feed.atom";
    HttpResponse<Buffer> first = app.get(uri);
    assertEquals(200, first.statusCode());
    assertEquals(3, parse(first.body()).getElementsByTagNameNS(ATOM, "entry").getLength());

    assertEquals(304, app.get(uri, Map.of("If-None-Match", first.getHeader("ETag"))).statusCode());
  }

  @Test
  void aStoryWithoutCoverageHasNoLiveFeed() {
    String other = app.published(TestApp.article("خبر عادي")).getString("slug");
    assertEquals(404, app.get("/live/" + PathIds.encode(other) + "/feed.atom").statusCode());
    assertEquals(404, app.get("/live/no-such-story/feed.json").statusCode());
  }

  private static Element parse(Buffer body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes())).getDocumentElement();
  }

  private static Element link(Element parent) {
    return (Element) parent.getElementsByTagNameNS(ATOM, "link").item(0);
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }
}
