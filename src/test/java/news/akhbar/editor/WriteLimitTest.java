package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import news.akhbar.config.AppConfig;
import news.akhbar.support.AppEnv;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class WriteLimitTest extends AppTest {

  @Test
  @AppEnv("AKHBAR_WRITES_PER_MINUTE=3")
  void writesOverTheBudgetGet429WithRetryAfterAndOtherEditorsAreUnaffected() {
    EditorClient admin = EditorClient.admin(app);
    EditorClient other = EditorClient.added(app, "سامي", null);
    for (int i = 0; i < 3; i++) {
      assertEquals(201, admin.post(TestApp.article("خبر " + i)).statusCode());
    }

    HttpResponse<Buffer> limited = admin.post(TestApp.article("خبر زائد"));
    assertEquals(429, limited.statusCode(), limited.bodyAsString());
    assertTrue(limited.getHeader("Content-Type").startsWith("application/problem+json"));
    int retryAfter = Integer.parseInt(limited.getHeader("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
    assertEquals(429, admin.send(HttpMethod.DELETE, "/api/v1/articles/1", null).statusCode());
    assertEquals(3, app.db().count("SELECT count(*) FROM article"));

    assertEquals(201, other.post(TestApp.article("خبر من محرر آخر")).statusCode());
    assertEquals(200, admin.get("/api/v1/articles/1").statusCode(), "reads are not limited");
  }

  @Test
  void theDefaultBudgetAllowsABurstOfAHundredPosts() {
    assertEquals(120, AppConfig.fromEnv(Map.of()).writesPerMinute());
    EditorClient admin = EditorClient.admin(app);
    for (int i = 0; i < 100; i++) {
      HttpResponse<Buffer> res = admin.post(TestApp.article("دفعة " + i));
      assertEquals(201, res.statusCode(), "post " + i + ": " + res.bodyAsString());
    }
  }
}
