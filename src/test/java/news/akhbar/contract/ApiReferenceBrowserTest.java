package news.akhbar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import news.akhbar.support.AppTest;
import news.akhbar.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The reference page at /api/docs renders the document in a real browser, under the site's CSP, from this server. */
class ApiReferenceBrowserTest extends AppTest {

  @Test
  void referencePageRendersEveryOperationUnderTheContentSecurityPolicy() {
    try (Browser browser = Browser.start()) {
      browser.driver().get("http://127.0.0.1:" + app.port() + ContractRoutes.DOCS_PATH);
      browser.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
      assertEquals("مرجع واجهة أخبار البرمجية (API)", browser.driver().getTitle());
      String console = browser.console();
      assertFalse(console.contains("Content Security Policy"), console);
      assertFalse(browser.driver().findElements(By.cssSelector("#operations-articles-publishArticle")).isEmpty(),
          "the publishArticle operation is shown");
      browser.driver().get("about:blank");
    }
  }
}
