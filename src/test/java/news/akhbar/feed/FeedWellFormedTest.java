package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.akhbar.json.Json;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.LiveCoverage;
import news.akhbar.support.TestApp;
import news.akhbar.web.PathIds;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Whatever articles and live entries hold (what the write path lets through, and rows changed by hand), every feed
 * variant parses: Atom with a namespace-aware XML parser, JSON Feed with Jackson. A ?topic= that no topic could
 * look like is a 400 naming topic, not a feed title made of control bytes.
 */
class FeedWellFormedTest extends AppTest {

  /** What XML 1.0 forbids or discourages and a write may still carry (noncharacters) or smuggle (HTML entities). */
  private static final String HOSTILE_TEXT = "\uFFFE\uFFFF\uFDD0";
  private static final String HOSTILE_HTML = "<p>نص&#1;&#x1b;&#x7f;&#x85;&#xFFFE;&#xFFFF;&#xD800;&#0;</p>";
  /** Set by hand in the database, as rows written before today's validation may hold: C0, DEL, C1. */
  private static final String HOSTILE_SQL = "E'\\x01\\x08\\x0b\\x0c\\x1b\\x1f\\x7f\\u0085\\u009f\\uFFFE'";

  @Test
  void everyFeedVariantParsesWhateverTheStoredTextHolds() throws Exception {
    JsonObject hostile = TestApp.article("عنوان" + HOSTILE_TEXT).put("body", HOSTILE_HTML)
        .put("excerpt", "مقتطف" + HOSTILE_TEXT).put("source", "وكالة" + HOSTILE_TEXT).put("topic", "economy");
    HttpResponse<Buffer> posted = app.post(hostile);
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    JsonObject article = posted.bodyAsJsonObject();
    JsonObject coverage = LiveCoverage.start(app, article.getString("id"));
    EditorClient desk = EditorClient.admin(app);
    LiveCoverage.entry(desk, coverage.getString("id"), new JsonObject().put("title", "تحديث" + HOSTILE_TEXT)
        .put("body", HOSTILE_HTML));
    LiveCoverage.entry(desk, coverage.getString("id"), new JsonObject().put("body", HOSTILE_HTML));
    app.db().execute("UPDATE article SET title = title || " + HOSTILE_SQL + ", excerpt = excerpt || " + HOSTILE_SQL
        + ", body = body || " + HOSTILE_SQL + ", source = source || " + HOSTILE_SQL
        + ", authors = jsonb_build_array(jsonb_build_object('name', 'كاتب' || " + HOSTILE_SQL + ", 'type', 'Person'))");
    app.db().execute("UPDATE live_entry SET title = coalesce(title, '') || " + HOSTILE_SQL + ", body = body || "
        + HOSTILE_SQL + ", editor_name = editor_name || " + HOSTILE_SQL);
    int booted = app.startInstance();   // its newest news come from the rows as they are now

    String live = PathIds.livePath(coverage.getString("slug"));
    List<String> feeds = List.of("/feed.atom", "/feed.json", "/feed.atom?topic=economy", "/feed.json?topic=economy",
        "/feed.atom?topic=sports", "/feed.json?topic=sports", live + "/feed.atom", live + "/feed.json");
    for (int instance : new int[] {0, booted}) {
      for (String uri : feeds) {
        HttpResponse<Buffer> res = app.get(instance, uri);
        assertEquals(200, res.statusCode(), uri + " " + res.bodyAsString());
        if (uri.contains(".atom")) {
          assertWellFormedAtom(uri, res.body().getBytes());
        } else {
          assertFalse(Json.MAPPER.readTree(res.body().getBytes()).get("items").isMissingNode(), uri);
        }
      }
    }
  }

  @Test
  void aTopicFilterWithControlCharactersIs400NamingTopic() {
    for (String uri : List.of("/feed.atom?topic=%1b%7f", "/feed.json?topic=%1b%7f", "/feed.atom?topic=x%1cy",
        "/feed.atom?topic=%1c", "/feed.atom?topic=a%20b", "/feed.json?topic=%E2%80%AE", "/api/v1/articles?topic=%1b")) {
      HttpResponse<Buffer> res = app.get(uri);
      assertEquals(400, res.statusCode(), uri + " " + res.bodyAsString());
      assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), uri);
      assertEquals("topic", res.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"), uri);
    }
    assertEquals(200, app.get("/feed.atom?topic=%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF").statusCode());
    assertEquals(200, app.get("/feed.atom?topic=").statusCode());
  }

  private static void assertWellFormedAtom(String uri, byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    assertEquals("http://www.w3.org/2005/Atom", doc.getDocumentElement().getNamespaceURI(), uri);
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.codePoints().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7f && c <= 0x9f || c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF), uri);
  }
}
