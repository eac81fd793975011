package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The front page as the server renders it: the lead with its photo (loaded first), the secondary row, the topic
 * sections with their Arabic names, and the list beside them with the featured stories' items kept but hidden.
 */
class FrontPageStoriesTest extends AppTest {

  @Test
  void theLeadShowsItsPhotoLoadedFirstWithItsSpaceReserved() {
    JsonObject photo = app.photo(TestImages.jpeg(2400, 1600));
    JsonObject lead = app.published(TestApp.article("افتتاح جسر جديد فوق النهر").put("photo", photo.getString("id")));

    Document doc = Jsoup.parse(app.get("/").bodyAsString());

    assertEquals(lead.getString("id"), doc.selectFirst("#lead").attr("data-id"));
    Element img = doc.selectFirst("#lead figure.lead-photo img");
    assertEquals("1600", img.attr("width"), img.outerHtml());
    assertEquals(String.valueOf(photo.getInteger("height")), img.attr("height"), img.outerHtml());
    assertEquals("eager", img.attr("loading"));
    assertEquals("high", img.attr("fetchpriority"));
    assertEquals("جسر المشاة عند الغروب", img.attr("alt"));
    List<String> widths = new ArrayList<>();
    for (String candidate : img.attr("srcset").split(", ")) {
      assertTrue(candidate.matches("/photos/[0-9a-f]{32}-[0-9]+\\.jpg [0-9]+w"), candidate);
      widths.add(candidate.substring(candidate.indexOf(' ') + 1));
    }
    assertEquals(List.of("320w", "640w", "1024w", "1600w"), widths);
  }

  @Test
  void theNextFourStoriesFormTheSecondaryRowAndAreHiddenInTheList() {
    List<String> newestFirst = new ArrayList<>();
    JsonObject photo = app.photo(TestImages.jpeg(900, 600));
    for (int i = 1; i <= 7; i++) {
      JsonObject a = TestApp.article("خبر رقم " + i + " من أخبار اليوم");
      newestFirst.add(0, app.published(i == 5 ? a.put("photo", photo.getString("id")) : a).getString("id"));
    }

    Document doc = Jsoup.parse(app.get("/").bodyAsString());

    assertEquals(newestFirst.get(0), doc.selectFirst("#lead").attr("data-id"));
    assertEquals(newestFirst.subList(1, 5), doc.select("#secondary li.card").eachAttr("data-id"));
    Element thumb = doc.selectFirst("#secondary li.card[data-id=" + newestFirst.get(2) + "] img");
    assertEquals("lazy", thumb.attr("loading"), "only the lead's photo loads at once");
    assertFalse(thumb.attr("width").isEmpty() || thumb.attr("height").isEmpty(), thumb.outerHtml());
    assertEquals(newestFirst, RenderedPage.ids(doc, "#latest"), "every item stays in the list");
    assertEquals(newestFirst.subList(0, 5), doc.select("#latest > li[hidden]").eachAttr("data-id"));
  }

  @Test
  void topicSectionsCarryTheirArabicNamesAndLinkToTheTopicsPage() {
    List<String> sports = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      sports.add(0, app.published(TestApp.article("مباراة رقم " + i + " في الدوري").put("topic", "sports"))
          .getString("id"));
    }
    String economy = app.published(TestApp.article("البورصة تغلق على ارتفاع").put("topic", "economy")).getString("id");
    for (int i = 1; i <= 5; i++) {
      app.published(TestApp.article("خبر محلي رقم " + i).put("topic", "local"));
    }

    Document doc = Jsoup.parse(app.get("/").bodyAsString());

    assertEquals(List.of("economy", "sports"), doc.select("#sections > section").eachAttr("data-topic"),
        "the topics after the featured stories, in the order of their newest story");
    Element sportsSection = doc.selectFirst("#sections > section[data-topic=sports]");
    assertEquals("رياضة", sportsSection.selectFirst("h2 a").text());
    assertEquals("/?topic=sports", sportsSection.selectFirst("h2 a").attr("href"));
    assertEquals(sports.subList(0, 3), sportsSection.select("li.card").eachAttr("data-id"), "three per topic");
    assertEquals(List.of(economy), doc.select("#sections > section[data-topic=economy] li.card").eachAttr("data-id"));
    assertEquals(sportsSection.attr("aria-labelledby"), sportsSection.selectFirst("h2").id());
  }

  @Test
  void aTopicsPageHasItsLeadAndRowButNoSections() {
    for (int i = 1; i <= 9; i++) {
      app.published(TestApp.article("مباراة رقم " + i + " في الدوري").put("topic", "sports"));
    }

    Document doc = Jsoup.parse(app.get("/?topic=sports").bodyAsString());

    assertEquals(4, doc.select("#secondary li.card").size());
    assertTrue(doc.selectFirst("#sections").hasAttr("hidden"));
    assertNull(doc.selectFirst("#sections > section"));
    assertEquals("true", doc.selectFirst("#sections").attr("data-newest"));
  }
}
