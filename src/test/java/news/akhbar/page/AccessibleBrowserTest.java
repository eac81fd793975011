package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core (pinned in .ci/axe, installed there by .ci/run with npm ci) run inside headless Chromium on every page
 * template state at 1366 px, and the front page with photos and sections on a 390 px phone too, with its scripts
 * running: no violation of any rule it checks (WCAG 2 A and AA among them).
 */
class AccessibleBrowserTest extends AppTest {

  private static final Path AXE = Path.of(".ci", "axe", "node_modules", "axe-core", "axe.min.js");
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, { resultTypes: ['violations'] })
        .then((r) => done(r.violations.map((v) => v.id + ' (' + v.impact + '): '
            + v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')).join(' | '))))
        .catch((e) => done(['axe failed: ' + e]));
      """;

  private static Browser browser;
  private static String axe;

  @BeforeAll
  static void launchBrowser() throws IOException {
    assertTrue(Files.exists(AXE), AXE + " is missing: run `npm ci` in .ci/axe (.ci/run does)");
    axe = Files.readString(AXE);
    browser = Browser.start(1366, 900);
  }

  @AfterAll
  static void quitBrowser() {
    browser.close();
  }

  @Test
  void everyPageStateHasNoAxeViolation() {
    List<String> found = new ArrayList<>();
    PageStates.visit(app, (name, path) -> {
      check(name, path, found);
      if (name.equals(PageStates.FRONT_WITH_PHOTOS)) {
        browser.emulatePhone(390, 844);
        try {
          check(name + " at 390 px", path, found);
        } finally {
          browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
      }
    });
    browser.driver().get("data:text/html,<!doctype html><title>t</title><img src=x.png>");
    browser.driver().executeScript(axe);
    List<?> control = (List<?>) browser.driver().executeAsyncScript(RUN);
    browser.driver().get("about:blank");
    assertEquals(List.of(), found, "axe-core's violations");
    assertTrue(control.size() >= 2, "axe finds a missing lang and a missing alt: " + control);
  }

  /** Loads one state, waits until its scripts have settled, and adds axe's violations there to found. */
  private void check(String name, String path, List<String> found) {
    browser.driver().get("http://127.0.0.1:" + app.port() + path);
    browser.waiting(LivePage.WAIT_SECONDS).withMessage(() -> name + " did not settle\n" + browser.console())
        .until(d -> Boolean.TRUE.equals(browser.driver().executeScript("""
            const status = document.getElementById('status');
            return document.readyState === 'complete'
                && (!status || status.dataset.state === 'live' || !document.querySelector('script[src]'));""")));
    browser.driver().executeScript(axe);
    for (Object v : (List<?>) browser.driver().executeAsyncScript(RUN)) {
      found.add(name + " " + path + " " + v);
    }
  }
}
