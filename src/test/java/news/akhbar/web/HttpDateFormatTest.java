package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

/** Every HTTP date the server writes is an IMF-fixdate (two-digit day); a client's may be in any of RFC 9110's forms. */
class HttpDateFormatTest extends AppTest {

  static final Pattern IMF_FIXDATE = Pattern.compile("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} "
      + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$");

  @Test
  void listsArticlesFeedsPagesAndFilesCarryAnImfFixdateLastModified() {
    String id = app.post(TestApp.article("خبر التاريخ")).bodyAsJsonObject().getString("id");
    String slug = app.get("/api/v1/articles/" + id).bodyAsJsonObject().getString("slug");

    for (String uri : new String[] {"/api/v1/articles", "/api/v1/articles/" + id, "/feed.atom", "/feed.json",
        PathIds.articlePath(slug), "/", "/list.css"}) {
      HttpResponse<Buffer> res = app.get(uri);
      assertEquals(200, res.statusCode(), uri);
      String modified = res.getHeader("Last-Modified");
      assertTrue(modified != null && IMF_FIXDATE.matcher(modified).matches(), uri + ": " + modified);
      String date = res.getHeader("Date");
      assertTrue(date == null || IMF_FIXDATE.matcher(date).matches(), uri + ": Date " + date);
    }
  }

  @Test
  void ifModifiedSinceInTheObsoleteFormsRevalidatesAndANonsenseOneIsIgnored() {
    String id = app.post(TestApp.article("خبر للتحقق")).bodyAsJsonObject().getString("id");
    String uri = "/api/v1/articles/" + id;
    Instant modified = HttpDates.parse(app.get(uri).getHeader("Last-Modified"));
    String rfc850 = java.time.format.DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", java.util.Locale.US)
        .withZone(java.time.ZoneOffset.UTC).format(modified);
    String asctime = java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.US)
        .withZone(java.time.ZoneOffset.UTC).format(modified);

    assertEquals(304, app.get(uri, Map.of("If-Modified-Since", rfc850)).statusCode(), rfc850);
    assertEquals(304, app.get(uri, Map.of("If-Modified-Since", asctime)).statusCode(), asctime);
    assertEquals(200, app.get(uri, Map.of("If-Modified-Since", "not a date at all")).statusCode());
    assertEquals(200, app.get("/favicon.svg", Map.of("If-Modified-Since", "Sun, 99 Nov 1994 08:49:37 GMT"))
        .statusCode());
  }
}
