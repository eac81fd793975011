package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

/** Every page and the console name an icon that is there, and /favicon.ico (asked for by many clients) is no 404. */
class PageIconsTest extends AppTest {

  private static final Pattern ICON = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\"");

  @Test
  void theConsoleAndThePagesNameIconsThatAreServed() {
    for (String page : List.of("/editor/", "/", "/?q=%D8%AE%D8%A8%D8%B1")) {
      HttpResponse<Buffer> res = app.get(page);
      assertEquals(200, res.statusCode(), page);
      List<String> icons = new ArrayList<>();
      Matcher m = ICON.matcher(res.bodyAsString());
      while (m.find()) {
        icons.add(m.group(1));
      }
      assertFalse(icons.isEmpty(), page + " names no icon");
      for (String icon : icons) {
        HttpResponse<Buffer> file = app.get(icon);
        assertEquals(200, file.statusCode(), page + " names " + icon);
        assertTrue(file.getHeader("Content-Type").startsWith("image/"), icon + ": " + file.getHeader("Content-Type"));
      }
    }
  }

  @Test
  void favicoIcoIsARealIcon() {
    HttpResponse<Buffer> res = app.get("/favicon.ico");
    assertEquals(200, res.statusCode());
    assertEquals("image/x-icon", res.getHeader("Content-Type"));
    byte[] bytes = res.body().getBytes();
    assertEquals(List.of(0, 0, 1, 0), List.of((int) bytes[0], (int) bytes[1], (int) bytes[2], (int) bytes[3]),
        "not an ICO header");
  }
}
