package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.akhbar.json.Json;
import news.akhbar.live.CoverageView;
import news.akhbar.live.EntryView;
import news.akhbar.live.LiveReadStore.LivePage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Rows written before today's validation (or by hand) may hold control bytes: the live feeds stay well-formed. */
class LiveFeedControlCharactersTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void controlBytesInTitlesLeaveTheAtomFeedWellFormed() throws Exception {
    byte[] body = LiveFeedRoutes.body(true, "https://akhbar.example", page());

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
    assertEquals("أخبار — مباشر: قمة طارئة", text(feed, "title"));
    Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
    assertEquals("عاجل: انفجار <كبير>", text(entry, "title"));
    assertEquals("ليلى", text(entry, "name"));
    assertEquals("<p>نص</p>", text(entry, "content"));
  }

  @Test
  void theJsonFeedCarriesTheSameEntryAsValidJson() throws Exception {
    byte[] body = LiveFeedRoutes.body(false, "https://akhbar.example", page());

    var item = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8)).get("items").get(0);
    assertEquals("https://akhbar.example/live/%D9%82%D9%85%D8%A9#entry-12", item.get("url").asText());
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  private static LivePage page() {
    CoverageView coverage = new CoverageView("3", "7", "قمة", "قمة\u0000 طارئة\u001b", true, AT, null, "9");
    EntryView entry = new EntryView("12", "3", "عاجل\u0001: انفجار\u0008 <كبير>\u000b", "<p>نص\u0002</p>",
        new EntryView.Byline("ليلى\u0007"), AT, AT, false, false, false, "10");
    return new LivePage(coverage, null, List.of(entry), null, 10);
  }
}
