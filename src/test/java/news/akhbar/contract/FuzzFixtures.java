package news.akhbar.contract;

import static news.akhbar.contract.FuzzValues.pick;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import news.akhbar.support.Await;
import news.akhbar.support.TestApp;

/**
 * What the fuzzer's fair requests point at: an article with a running live coverage and one entry, a scheduled
 * article and an editor account, created once per run, so fair paths reach real resources.
 */
final class FuzzFixtures {

  private final String articleId;
  private final String slug;
  private final String coverageId;
  private final String entryId;
  private final String scheduledId;
  private final String editorId;
  private final String editorToken;

  FuzzFixtures(TestApp app) {
    JsonObject article = app.published(TestApp.article("قمة عربية في الرياض").put("topic", "politics"));
    articleId = article.getString("id");
    slug = article.getString("slug");
    coverageId = created(app, "/api/v1/articles/" + articleId + "/live", new JsonObject()).getString("id");
    entryId = created(app, "/api/v1/live/" + coverageId + "/entries",
        new JsonObject().put("title", "بدء القمة").put("body", "<p>بدأت القمة.</p>")).getString("id");
    scheduledId = app.published(TestApp.article("خبر مجدول")
        .put("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).getString("id");
    JsonObject editor = created(app, "/api/v1/editors", new JsonObject().put("name", "محرر الاختبار"));
    editorId = editor.getString("id");
    editorToken = editor.getString("token");
  }

  private static JsonObject created(TestApp app, String uri, JsonObject body) {
    HttpResponse<Buffer> res = Await.of(app.web().post(app.port(), "127.0.0.1", uri)
        .putHeader("Authorization", "Bearer " + TestApp.TOKEN).sendJsonObject(body), 10);
    if (res.statusCode() != 201) {
      throw new AssertionError("fixture " + uri + " answered " + res.statusCode() + ": " + res.bodyAsString());
    }
    return res.bodyAsJsonObject();
  }

  String adminToken() {
    return TestApp.TOKEN;
  }

  String editorToken() {
    return editorToken;
  }

  /** A real value for a path parameter of this path template (any known id now and then, to miss on purpose). */
  String pathValue(String template, String name) {
    if (name.equals("slug")) {
      return slug;
    }
    if (name.equals("entryId")) {
      return entryId;
    }
    if (name.equals("topic")) {
      return pick("local", "politics", "economy", "طقس");
    }
    if (FuzzValues.chance(15)) {
      return pick(articleId, coverageId, entryId, scheduledId, editorId, "999999");
    }
    if (template.startsWith("/api/v1/live/")) {
      return coverageId;
    }
    if (template.startsWith("/api/v1/scheduled/")) {
      return scheduledId;
    }
    if (template.startsWith("/api/v1/editors/")) {
      return editorId;
    }
    return articleId;
  }

  /** Fair text for a string field or query parameter, by name where the schema's pattern needs it. */
  String fairText(String name, JsonObject schema) {
    int min = schema.getInteger("minLength", 1);
    int max = schema.getInteger("maxLength", 60);
    return switch (name) {
      case "topic", "topics" -> pick("local", "politics", "economy", "sport");
      case "lang" -> pick("ar", "en", "tr");
      case "q" -> pick("قمة", "الرياض", "خبر");
      case "lastEventId", "coverage" -> pick("0", "1", coverageId);
      case "before" -> pick("MTc5NTkyNTMwMDg2MjAwMDoy", "x");
      case "body" -> "<p>" + FuzzValues.arabic(min, max) + "</p>";
      default -> FuzzValues.arabic(min, max);
    };
  }
}
