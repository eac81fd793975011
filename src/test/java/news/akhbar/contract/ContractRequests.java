package news.akhbar.contract;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.EditorClient;
import news.akhbar.support.LiveCoverage;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;

/**
 * One valid request for every operation of the OpenAPI document, on real data made for it: a published article with
 * a running live coverage and two entries, a second article to retract, a third to start a coverage on, a scheduled
 * article to cancel and an editor account to revoke. Listed in the order they are sent: reads first, then writes,
 * the deletes last (so each finds what it needs).
 */
final class ContractRequests {

  /**
   * One request: the operation it is for, its method and URI, its JSON body (or null), whether it needs a token, and
   * a body of another media type (an image) instead of JSON (or null).
   */
  record Call(String operationId, HttpMethod method, String uri, JsonObject body, boolean secured, String mediaType,
      byte[] raw) {

    Call(String operationId, HttpMethod method, String uri, JsonObject body, boolean secured) {
      this(operationId, method, uri, body, secured, null, null);
    }
  }

  private ContractRequests() {
  }

  static List<Call> made(TestApp app) {
    EditorClient admin = EditorClient.admin(app);
    JsonObject story = app.published(TestApp.article("افتتاح جسر جديد فوق النهر").put("topic", "local"));
    String a = story.getString("id");
    String slug = URLEncoder.encode(story.getString("slug"), StandardCharsets.UTF_8);
    String retracted = app.published(TestApp.article("خبر يسحب بعد قليل")).getString("id");
    String another = app.published(TestApp.article("قمة اقتصادية في الرياض")).getString("id");
    String c = LiveCoverage.start(app, a).getString("id");
    String entry = LiveCoverage.entry(admin, c, new JsonObject().put("body", "<p>بدأت الجلسة الأولى.</p>"))
        .getString("id");
    String doomed = LiveCoverage.entry(admin, c, new JsonObject().put("body", "<p>مدخل يحذف.</p>"))
        .getString("id");
    String scheduled = app.post(TestApp.article("نتائج الانتخابات البلدية")
        .put("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).bodyAsJsonObject().getString("id");
    String editor = admin.send(HttpMethod.POST, "/api/v1/editors", new JsonObject().put("name", "ليلى حداد"))
        .bodyAsJsonObject().getString("id");
    String live = "/api/v1/live/" + c;
    String photo = app.photo(TestImages.jpeg(400, 300)).getJsonArray("sizes").getJsonObject(0).getString("url");
    String spare = app.photo(TestImages.jpeg(300, 200)).getString("id");
    List<Call> calls = new ArrayList<>();
    get(calls, "listArticles", "/api/v1/articles?limit=5&topic=local");
    get(calls, "getArticle", "/api/v1/articles/" + a);
    get(calls, "getArticleBySlug", "/api/v1/articles/by-slug/" + slug);
    get(calls, "listTopics", "/api/v1/topics");
    get(calls, "listTopicNames", "/api/v1/topic-names");
    get(calls, "searchArticles", "/api/v1/search?q=" + URLEncoder.encode("جسر", StandardCharsets.UTF_8));
    get(calls, "streamEvents", "/api/v1/stream?topics=local");
    get(calls, "listCoverages", "/api/v1/live");
    get(calls, "getCoverage", live + "?order=oldest&limit=10");
    get(calls, "listKeyEvents", live + "/key-events");
    get(calls, "listCoverageChanges", live + "/changes?since=0");
    get(calls, "getEntry", live + "/entries/" + entry);
    get(calls, "atomFeed", "/feed.atom?topic=local");
    get(calls, "jsonFeed", "/feed.json");
    get(calls, "liveAtomFeed", "/live/" + slug + "/feed.atom");
    get(calls, "liveJsonFeed", "/live/" + slug + "/feed.json");
    get(calls, "frontPage", "/?topic=local");
    get(calls, "frontPageIndex", "/index.html");
    get(calls, "articlePage", "/a/" + slug);
    get(calls, "coveragePage", "/live/" + slug);
    get(calls, "consolePage", "/editor/");
    get(calls, "consoleRedirect", "/editor");
    get(calls, "consoleIndexRedirect", "/editor/index.html");
    get(calls, "getPhoto", photo);
    get(calls, "liveness", "/health/live");
    get(calls, "readiness", "/health/ready");
    get(calls, "metrics", "/metrics");
    get(calls, "openApiYaml", ContractRoutes.YAML_PATH);
    get(calls, "openApiJson", ContractRoutes.JSON_PATH);
    get(calls, "apiReference", ContractRoutes.DOCS_PATH);
    secured(calls, "getAudience", HttpMethod.GET, live + "/audience", null);
    secured(calls, "listRevisions", HttpMethod.GET, "/api/v1/articles/" + a + "/revisions", null);
    secured(calls, "listScheduled", HttpMethod.GET, "/api/v1/scheduled", null);
    secured(calls, "listEditors", HttpMethod.GET, "/api/v1/editors", null);
    secured(calls, "publishArticle", HttpMethod.POST, "/api/v1/articles", TestApp.article("ارتفاع أسعار الخضار"));
    calls.add(new Call("uploadPhoto", HttpMethod.POST, "/api/v1/photos?alt="
        + URLEncoder.encode("سوق الخضار صباحاً", StandardCharsets.UTF_8), null, true, "image/png",
        TestImages.png(500, 300)));
    secured(calls, "addEditor", HttpMethod.POST, "/api/v1/editors", new JsonObject().put("name", "سامي خوري"));
    secured(calls, "editArticle", HttpMethod.PATCH, "/api/v1/articles/" + a,
        new JsonObject().put("title", "افتتاح الجسر الجديد رسمياً"));
    secured(calls, "startCoverage", HttpMethod.POST, "/api/v1/articles/" + another + "/live", null);
    secured(calls, "postEntry", HttpMethod.POST, live + "/entries",
        new JsonObject().put("title", "كلمة الافتتاح").put("body", "<p>ألقى الرئيس كلمة الافتتاح.</p>"));
    secured(calls, "editEntry", HttpMethod.PATCH, live + "/entries/" + entry, new JsonObject().put("pinned", true));
    secured(calls, "deleteEntry", HttpMethod.DELETE, live + "/entries/" + doomed, null);
    secured(calls, "endCoverage", HttpMethod.POST, live + "/end", null);
    secured(calls, "cancelScheduled", HttpMethod.DELETE, "/api/v1/scheduled/" + scheduled, null);
    secured(calls, "nameTopic", HttpMethod.PUT, "/api/v1/topic-names/local", new JsonObject().put("name", "أخبار محلية"));
    secured(calls, "unnameTopic", HttpMethod.DELETE, "/api/v1/topic-names/science", null);
    secured(calls, "revokeEditor", HttpMethod.DELETE, "/api/v1/editors/" + editor, null);
    secured(calls, "retractArticle", HttpMethod.DELETE, "/api/v1/articles/" + retracted, null);
    secured(calls, "deletePhoto", HttpMethod.DELETE, "/api/v1/photos/" + spare, null);
    return calls;
  }

  /** Requests each operation must refuse, with a problem the document lists for it (no data needed). */
  static List<Call> refused() {
    List<Call> calls = new ArrayList<>();
    get(calls, "listArticles", "/api/v1/articles?limit=0");
    get(calls, "getArticle", "/api/v1/articles/987654");
    get(calls, "searchArticles", "/api/v1/search?q=");
    get(calls, "getCoverage", "/api/v1/live/987654");
    get(calls, "streamEvents", "/api/v1/stream?coverage=x");
    calls.add(new Call("publishArticle", HttpMethod.POST, "/api/v1/articles", TestApp.article("بلا مفتاح"), false));
    secured(calls, "publishArticle", HttpMethod.POST, "/api/v1/articles",
        new JsonObject().put("title", "  ").put("topic", "أخبار محلية").put("colour", "أحمر"));
    secured(calls, "editArticle", HttpMethod.PATCH, "/api/v1/articles/987654", new JsonObject().put("title", "عنوان"));
    secured(calls, "postEntry", HttpMethod.POST, "/api/v1/live/987654/entries", new JsonObject().put("body", "<p>نص</p>"));
    secured(calls, "cancelScheduled", HttpMethod.DELETE, "/api/v1/scheduled/987654", null);
    secured(calls, "deletePhoto", HttpMethod.DELETE, "/api/v1/photos/" + "0".repeat(32), null);
    secured(calls, "nameTopic", HttpMethod.PUT, "/api/v1/topic-names/two%20words", new JsonObject().put("name", " "));
    secured(calls, "unnameTopic", HttpMethod.DELETE, "/api/v1/topic-names/astronomy", null);
    return calls;
  }

  private static void get(List<Call> calls, String operationId, String uri) {
    calls.add(new Call(operationId, HttpMethod.GET, uri, null, false));
  }

  private static void secured(List<Call> calls, String operationId, HttpMethod method, String uri, JsonObject body) {
    calls.add(new Call(operationId, method, uri, body, true));
  }
}
