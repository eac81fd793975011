package news.akhbar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every article feed variant names each entry's authors, in order; an article without any, the site. */
class FeedBylineTest extends AppTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final List<String> TWO = List.of("سامر يوسف", "وكالة الأنباء");

  @Test
  void everyFeedVariantCarriesEachEntrysAuthors() throws Exception {
    app.published(TestApp.article("انطلاق مهرجان الكتاب").put("topic", "culture").put("authors", new JsonArray()
        .add(new JsonObject().put("name", TWO.get(0)))
        .add(new JsonObject().put("name", TWO.get(1)).put("type", "Organization"))));

    for (String uri : List.of("/feed.atom", "/feed.atom?topic=culture")) {
      assertEquals(TWO, atomAuthors(0, uri), uri);
    }
    for (String uri : List.of("/feed.json", "/feed.json?topic=culture")) {
      assertEquals(TWO, jsonAuthors(0, uri), uri);
    }
  }

  @Test
  void anArticleWrittenBeforeBylinesIsCreditedToTheSite() throws Exception {
    app.published(TestApp.article("خبر قديم").put("topic", "local"));
    app.db().execute("UPDATE article SET authors = '[]'");
    int booted = app.startInstance();   // its newest news come from the rows as they are now

    assertEquals(List.of("أخبار"), atomAuthors(booted, "/feed.atom?topic=local"));
    assertEquals(List.of("أخبار"), jsonAuthors(booted, "/feed.json"));
    JsonObject listed = app.get(booted, "/api/v1/articles").bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertEquals(new JsonArray().add(new JsonObject().put("name", "أخبار").put("type", "Organization")),
        listed.getJsonArray("authors"));
  }

  private List<String> atomAuthors(int instance, String uri) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element feed = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(app.get(instance, uri).body().getBytes())).getDocumentElement();
    Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
    NodeList authors = entry.getElementsByTagNameNS(ATOM, "author");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < authors.getLength(); i++) {
      names.add(((Element) authors.item(i)).getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
    }
    return names;
  }

  private List<String> jsonAuthors(int instance, String uri) {
    JsonObject item = app.get(instance, uri).bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    return item.getJsonArray("authors").stream().map(a -> ((JsonObject) a).getString("name")).toList();
  }
}
