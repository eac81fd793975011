package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

/** Every page template state, as the server renders it, passes the Nu HTML Checker with no error. */
class ValidHtmlTest extends AppTest {

  @Test
  void everyPageStateIsValidHtml() throws Exception {
    List<String> found = new ArrayList<>();
    Map<String, String> states = PageStates.of(app);
    for (Map.Entry<String, String> state : states.entrySet()) {
      HttpResponse<Buffer> res = app.get(state.getValue());
      assertTrue(res.statusCode() == 200 || state.getKey().equals("404"), state + " answered " + res.statusCode());
      NuChecker.errors(res.bodyAsString()).forEach(e -> found.add(state.getKey() + " " + state.getValue() + " " + e));
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
