package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;

/**
 * Every state a page template renders in, set up on a test app: the address of each, by a name for the reports. The
 * validators (ValidHtmlTest, AccessibleBrowserTest) check them all.
 */
final class PageStates {

  /** The front page with a lead photo, thumbnails in the secondary row and topic sections. */
  static final String FRONT_WITH_PHOTOS = "front, photos and topic sections";

  private PageStates() {
  }

  /**
   * Sets up each state in turn and hands it to {@code check} (its name, its address) while it is the page's state:
   * the empty front page first, then news is published and the other states follow. The front page's states share
   * one address, so each must be checked before the next is made.
   */
  static void visit(TestApp app, BiConsumer<String, String> check) {
    check.accept("front, empty", "/");
    app.published(TestApp.article("تعديل مواعيد الحافلات خلال العطلة").put("topic", "local"));
    JsonObject story = app.published(TestApp.article("افتتاح متحف جديد للفنون في المدينة القديمة")
        .put("topic", "culture").put("excerpt", "يضم المتحف أكثر من ألف قطعة أثرية."));
    app.published(TestApp.article("المنتخب يفوز في المباراة الودية").put("topic", "sports"));
    check.accept("front, no breaking", "/");
    JsonObject breaking = app.published(TestApp.article("زلزال بقوة خمس درجات يضرب المنطقة الساحلية")
        .put("breaking", true).put("topic", "local"));
    HttpResponse<Buffer> live = EditorClient.admin(app).send(HttpMethod.POST,
        "/api/v1/articles/" + breaking.getString("id") + "/live", null);
    assertEquals(201, live.statusCode(), live.bodyAsString());
    check.accept("front, breaking and live", "/");
    JsonObject photo = app.photo(TestImages.jpeg(1200, 800));
    String[][] more = {{"economy", "البورصة تغلق على ارتفاع طفيف"}, {"sports", "انطلاق بطولة السباحة الإقليمية"},
        {"economy", "ارتفاع أسعار النفط"}, {"technology", "إطلاق قمر صناعي لرصد الطقس"},
        {"sports", "المنتخب يستعد لكأس آسيا"}, {"culture", "مهرجان المسرح يعلن برنامجه"}};
    for (int i = 0; i < more.length; i++) {
      JsonObject a = TestApp.article(more[i][1]).put("topic", more[i][0]);
      app.published(i % 2 == 0 ? a.put("photo", photo.getString("id")) : a);
    }
    check.accept(FRONT_WITH_PHOTOS, "/");
    check.accept("topic", "/?topic=sports");
    check.accept("topic, empty", "/?topic=astronomy");
    check.accept("search", "/?q=" + encode("متحف"));
    check.accept("search, no results", "/?q=" + encode("قمر صناعي"));
    check.accept("article", "/a/" + encode(story.getString("slug")));
    check.accept("article, breaking", "/a/" + encode(breaking.getString("slug")));
    String inBody = app.photo(TestImages.jpeg(800, 500)).getString("id");
    JsonObject pictured = app.published(TestApp.article("السوق القديم يفتح أبوابه بعد الترميم").put("topic", "local")
        .put("photo", inBody).put("authors", new JsonArray().add(new JsonObject().put("name", "سامر خليل"))
            .add(new JsonObject().put("name", "وكالة الأنباء").put("type", "Organization")))
        .put("body", "<p>عاد الباعة إلى السوق.</p><figure><img src=\"/photos/" + inBody + "-320.jpg\" alt=\"س\">"
            + "</figure><p>وامتلأت الممرات بالزوار.</p>"));
    check.accept("article, photos in the body and two bylines", "/a/" + encode(pictured.getString("slug")));
    check.accept("live", "/live/" + encode(breaking.getString("slug")));
    check.accept("404", "/a/" + encode("لا-يوجد-خبر-بهذا-العنوان"));
    check.accept("console", "/editor/");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
