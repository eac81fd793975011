package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A topic's new name shows on every page that names the topic from the next request on: none is answered from an
 * encoding made before the rename, nor with 304 to the ETag it had.
 */
@ExtendWith(VertxExtension.class)
class TopicRenamePagesTest {

  private static final String OLD = "رياضة";
  private static final String NEW = "الرياضة والشباب";

  @Test
  void everyPageNamingTheTopicShowsItsNewNameWithANewETag(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx)) {
      JsonObject story = app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
      EditorClient editor = EditorClient.admin(app);
      HttpResponse<Buffer> live = editor.send(HttpMethod.POST, "/api/v1/articles/" + story.getString("id") + "/live",
          null);
      assertEquals(201, live.statusCode(), live.bodyAsString());
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("front", "/");
      pages.put("topic", "/?topic=sports");
      pages.put("article", ArticlePageTest.path(story.getString("slug")));
      pages.put("live", "/live/" + encode(story.getString("slug")));
      pages.put("search", "/?q=" + encode("المنتخب"));
      pages.put("console", "/editor/");
      Map<String, String> etags = new LinkedHashMap<>();
      pages.forEach((name, uri) -> {
        HttpResponse<Buffer> res = app.get(uri);
        assertEquals(200, res.statusCode(), name);
        assertEquals(List.of(OLD), shown(res.bodyAsString(), name), name + " before the rename");
        etags.put(name, res.getHeader("ETag"));
      });

      HttpResponse<Buffer> renamed = editor.send(HttpMethod.PUT, "/api/v1/topic-names/sports",
          new JsonObject().put("name", NEW));
      assertEquals(200, renamed.statusCode(), renamed.bodyAsString());

      pages.forEach((name, uri) -> {
        HttpResponse<Buffer> res = etags.get(name) == null ? app.get(uri)
            : app.get(uri, Map.of("If-None-Match", etags.get(name)));
        assertEquals(200, res.statusCode(), name + " answered 304 to the ETag it had before the rename");
        assertEquals(List.of(NEW), shown(res.bodyAsString(), name), name + " after the rename");
      });
    }
  }

  /** The distinct names of sports a page shows: in its markup and in the rules its scripts read. */
  private static List<String> shown(String html, String page) {
    Document doc = Jsoup.parse(html);
    String rules = doc.getElementById(PageState.RULES_ID).data();
    String inRules = new JsonObject(rules).getJsonObject("topicNames").getString("sports");
    List<String> seen = new java.util.ArrayList<>(List.of(inRules));
    switch (page) {
      case "front", "search" -> seen.add(doc.selectFirst("nav.topics a[data-topic=sports]").text());
      case "topic" -> {
        seen.add(doc.selectFirst("nav.topics a[data-topic=sports]").text());
        seen.add(doc.title().replace(" — أخبار", ""));
      }
      case "article" -> {
        seen.add(doc.selectFirst(".story-topic a").text());
        seen.add(doc.selectFirst("meta[property=article:section]").attr("content"));
        seen.add(new JsonObject(doc.selectFirst("script[type=application/ld+json]").data())
            .getString("articleSection"));
      }
      case "live" -> seen.add(doc.selectFirst("nav.crumbs a[href*=topic]").text());
      default -> assertFalse(html.isEmpty());
    }
    assertTrue(seen.stream().noneMatch(String::isEmpty), page + ": " + seen);
    return seen.stream().distinct().toList();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
