package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With JavaScript on, the live list starts from the list the server rendered: the same items, no second request
 * for them, and the stream opened where that list stands, so nothing published in between is lost.
 */
class RenderedListBrowserTest extends BrowserTest {

  private static final String LIST_REQUESTS = "return performance.getEntriesByType('resource').map(e => e.name)"
      + ".filter(n => n.includes('/api/v1/articles'));";

  @AfterEach
  void unblock() {
    block(List.of());
  }

  @Test
  void scriptShowsTheRenderedListWithoutAskingForItAgainAndStaysLive() {
    String older = id(app.post(TestApp.article("افتتاح مكتبة عامة في الحي القديم")));
    String breaking = id(app.post(TestApp.article("عاصفة ثلجية تغلق الطرق الجبلية").put("breaking", true)));
    List<String> rendered = RenderedPage.ids(Jsoup.parse(app.get("/").bodyAsString()), "#latest");
    assertEquals(List.of(breaking, older), rendered);

    page.open(app.port());

    assertEquals(rendered, page.ids());
    assertEquals(List.of(), page.script(LIST_REQUESTS), "the list was asked for again");
    String fresh = id(app.post(TestApp.article("هطول أمطار غزيرة على المناطق الساحلية")));
    page.awaitIds(List.of(fresh, breaking, older));
  }

  @Test
  void itemPublishedBetweenThePageAndItsStreamStillArrives() {
    String first = id(app.post(TestApp.article("بدء أعمال ترميم الجسر القديم")));
    block(List.of("*/api/v1/stream*"));
    browser.driver().get("http://127.0.0.1:" + app.port() + "/");
    page.awaitState("reconnecting");
    assertEquals(List.of(first), page.ids());

    String between = id(app.post(TestApp.article("خبر نُشر بين الصفحة والبث")));
    block(List.of());

    page.awaitIds(List.of(between, first));
    page.awaitState("live");
    assertEquals(List.of(), page.script(LIST_REQUESTS), "the list was asked for again");
  }

  @Test
  void topicPageStartsFromItsRenderedListAndStaysLiveForThatTopic() {
    String economy = id(app.post(TestApp.article("البورصة تغلق على ارتفاع طفيف").put("topic", "economy")));
    app.post(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
    browser.driver().get("http://127.0.0.1:" + app.port() + "/?topic=economy");
    page.awaitState("live");
    assertEquals(List.of(economy), page.ids());
    assertEquals(List.of(), page.script(LIST_REQUESTS), "the list was asked for again");

    app.post(TestApp.article("انطلاق بطولة السباحة").put("topic", "sports"));
    String more = id(app.post(TestApp.article("ارتفاع أسعار النفط").put("topic", "economy")));

    page.awaitIds(List.of(more, economy));
  }

  /** Makes the browser refuse requests to these URL patterns (none: lets everything through again). */
  private void block(List<String> patterns) {
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", patterns));
  }

  private static String id(HttpResponse<Buffer> posted) {
    assertEquals(201, posted.statusCode(), posted.bodyAsString());
    return posted.bodyAsJsonObject().getString("id");
  }
}
