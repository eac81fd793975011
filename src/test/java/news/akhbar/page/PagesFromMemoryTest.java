package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import news.akhbar.support.TcpProxy;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The front page, article pages and feeds are answered from the newest news in memory: while PostgreSQL is away,
 * byte for byte as the store would have them, and with a breaking banner that leaves on time without any event.
 */
@ExtendWith(VertxExtension.class)
class PagesFromMemoryTest {

  private static final String PUBLIC = "https://news.example.org";
  private static final List<String> HOT = List.of("/", "/?topic=economy", "/feed.atom", "/feed.json",
      "/feed.atom?topic=economy", "/feed.json?topic=sports");

  @Test
  void pagesAndFeedsAreAnsweredFromMemoryWhilePostgresIsAway(Vertx vertx) {
    TestDatabase db = TestDatabase.create();
    try (TcpProxy pg = TcpProxy.to(vertx, 5432); TestApp app = TestApp.start(vertx, Map.of("AKHBAR_PG_URL",
        "postgresql://root@127.0.0.1:" + pg.port() + "/" + db.name()))) {
      JsonObject economy = app.published(TestApp.article("البورصة تغلق على ارتفاع طفيف").put("topic", "economy"));
      app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports").put("breaking", true));
      JsonObject withdrawn = app.published(TestApp.article("خبر سيُسحب بعد النشر"));
      assertEquals(200, app.retract(withdrawn.getString("id")).statusCode());

      assertTrue(app.awaitIndexed(0, Long.parseLong(withdrawn.getString("eventId"))),
          "the search index holds every story before the cut");
      pg.cut();

      for (String uri : HOT) {
        HttpResponse<Buffer> res = app.get(uri);
        assertEquals(200, res.statusCode(), uri + " needed the store: " + res.bodyAsString());
        assertTrue(res.bodyAsString().contains("البورصة تغلق على ارتفاع طفيف") || uri.contains("sports"), uri);
      }
      HttpResponse<Buffer> article = app.get(ArticlePageTest.path(economy.getString("slug")));
      assertEquals(200, article.statusCode(), article.bodyAsString());
      assertEquals(1, Jsoup.parse(article.bodyAsString()).select("#latest > li[data-id]").size(),
          "the sidebar lists the other live article (never the one being read)");
      assertEquals(410, app.get(ArticlePageTest.path(withdrawn.getString("slug"))).statusCode(),
          "a retraction seen by this instance answers 410 without the store");
      HttpResponse<Buffer> search = app.get("/?q=" + java.net.URLEncoder.encode("البورصة",
          java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, search.statusCode(), "a search is answered by this instance's index: " + search.bodyAsString());
      assertEquals(List.of(economy.getString("id")), Jsoup.parse(search.bodyAsString()).select("#results > li[data-id]")
          .eachAttr("data-id"), "and finds the story without the store");
    } finally {
      db.close();
    }
  }

  @Test
  void memoryAndTheStoreGiveTheSameBytes(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx, Map.of("AKHBAR_PUBLIC_URL", PUBLIC));
         TcpProxy pg = TcpProxy.to(vertx, 5432)) {
      // a second instance keeping only the newest article overall and per topic: everything else from the store
      int cold = app.startInstance(Map.of("AKHBAR_HOT_ARTICLES", "1", "AKHBAR_HOT_PER_TOPIC", "1",
          "AKHBAR_PG_URL", "postgresql://root@127.0.0.1:" + pg.port() + "/" + app.db().name()));
      JsonObject first = app.published(TestApp.article("البورصة تغلق على ارتفاع طفيف").put("topic", "economy")
          .put("source", "مراسلنا").put("breaking", true));
      app.published(TestApp.article("ارتفاع أسعار النفط").put("topic", "economy"));
      app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
      String head = app.published(TestApp.article("افتتاح معرض الكتاب").put("excerpt", "مقتطف")).getString("eventId");
      assertTrue(Eventually.within(10, () -> head.equals(app.get(cold, "/api/v1/articles?limit=1").bodyAsJsonObject()
          .getString("lastEventId"))), "the second instance never saw the last event");

      for (String uri : concat(HOT, ArticlePageTest.path(first.getString("slug")))) {
        HttpResponse<Buffer> hot = app.get(0, uri);
        HttpResponse<Buffer> stored = app.get(cold, uri);
        assertEquals(200, hot.statusCode(), uri);
        assertEquals(hot.bodyAsString(), stored.bodyAsString(), uri);
        assertEquals(hot.getHeader("ETag"), stored.getHeader("ETag"), uri);
        assertEquals(hot.getHeader("Content-Type"), stored.getHeader("Content-Type"), uri);
      }

      pg.cut();
      assertEquals(503, app.get(cold, "/").statusCode(), "the second instance's pages came from the store");
      assertEquals(503, app.get(cold, "/feed.atom").statusCode(), "the second instance's feeds came from the store");
    }
  }

  @Test
  void breakingBannerLeavesSixHoursAfterPublishingWithoutAnyNewEvent(Vertx vertx) {
    try (TestApp app = TestApp.start(vertx)) {
      JsonObject breaking = app.published(TestApp.article("زلزال بقوة خمس درجات").put("breaking", true));
      app.published(TestApp.article("تعديل مواعيد الحافلات"));
      // published almost six hours ago: a fresh instance reads it so from the store into memory
      app.db().execute("UPDATE article SET published_at = now() - interval '6 hours' + interval '12 seconds' "
          + "WHERE id = " + breaking.getString("id"));
      int later = app.startInstance();
      HttpResponse<Buffer> before = app.get(later, "/");
      Element banner = Jsoup.parse(before.bodyAsString()).selectFirst("#breaking");
      assertFalse(banner.hasAttr("hidden"), "the banner shows within six hours");
      assertEquals(breaking.getString("id"), banner.attr("data-id"));

      assertTrue(Eventually.within(60, () -> Jsoup.parse(app.get(later, "/").bodyAsString()).selectFirst("#breaking")
          .hasAttr("hidden")), "the banner stayed past six hours");

      HttpResponse<Buffer> after = Await.of(app.web().get(app.port(later), "127.0.0.1", "/")
          .putHeader("If-None-Match", before.getHeader("ETag")).send());
      assertEquals(200, after.statusCode(), "the page without the banner is another version");
      assertNotEquals(before.getHeader("ETag"), after.getHeader("ETag"));
      assertEquals(breaking.getString("id"), Jsoup.parse(after.bodyAsString()).selectFirst("#lead").attr("data-id"),
          "still the lead: only the banner is timed");
    }
  }

  private static List<String> concat(List<String> uris, String more) {
    return java.util.stream.Stream.concat(uris.stream(), java.util.stream.Stream.of(more)).toList();
  }
}
