package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

/** Every page template state, as the server renders it, passes the Nu HTML Checker with no error. */
class ValidHtmlTest extends AppTest {

  @Test
  void everyPageStateIsValidHtml() throws Exception {
    List<String> found = new ArrayList<>();
    List<String[]> pages = new ArrayList<>();   // name, path, HTML as it was in that state
    PageStates.visit(app, (name, path) -> {
      HttpResponse<Buffer> res = app.get(path);
      assertTrue(res.statusCode() == 200 || name.equals("404"), name + " " + path + " answered " + res.statusCode());
      pages.add(new String[] {name, path, res.bodyAsString()});
    });
    for (String[] page : pages) {
      NuChecker.errors(page[2]).forEach(e -> found.add(page[0] + " " + page[1] + " " + e));
    }
    assertEquals(List.of(), found, "the Nu HTML Checker's errors");
  }

  @Test
  void theCheckerFindsAnEmptyTime() throws Exception {
    String html = "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><title>ت</title></head>"
        + "<body><p><time class=\"date\"></time></p></body></html>";
    assertEquals(1, NuChecker.errors(html).size(), "the checker runs and reports: " + NuChecker.errors(html));
  }
}
