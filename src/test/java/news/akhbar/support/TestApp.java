package news.akhbar.support;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.akhbar.app.App;
import news.akhbar.config.AppConfig;
import news.akhbar.search.LuceneSearch;

/**
 * The real application on a random port, against its own fresh database and its own Redis channel. Siblings share
 * the database and channel: several instances of one deployment.
 */
public final class TestApp implements AutoCloseable {

  public static final String TOKEN = "test-admin-token-5d1f0a3c9e7b2846";

  private static final int CLIENT_IDLE_SECONDS = 3;

  private final Vertx vertx;
  private final AppConfig cfg;
  private final Map<String, String> env;
  private final TestDatabase db;
  private final List<App> apps = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  /** Each instance's own search index directory, kept across a restart, removed at close. */
  private final List<AppConfig> configs = new ArrayList<>();
  private final WebClient web;
  private final HttpClient http;
  private final List<SseProbe> probes = new ArrayList<>();

  private TestApp(Vertx vertx, Map<String, String> env, TestDatabase db) {
    this.vertx = vertx;
    this.env = Map.copyOf(env);
    this.cfg = AppConfig.fromEnv(env);
    this.db = db;
    // Idle pooled connections are let go well before the server closes them (AKHBAR_HEADER_TIMEOUT_SECONDS, 10 s by
    // default), as a proxy in front would: otherwise a request can leave on a connection the server is just closing.
    this.web = WebClient.create(vertx, new WebClientOptions().setKeepAliveTimeout(CLIENT_IDLE_SECONDS));
    this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAliveTimeout(CLIENT_IDLE_SECONDS),
        new PoolOptions().setHttp1MaxSize(1000));
  }

  public static TestApp start(Vertx vertx) {
    return start(vertx, Map.of());
  }

  /** Starts one instance; env entries override the test defaults (e.g. AKHBAR_REDIS_URL). */
  public static TestApp start(Vertx vertx, Map<String, String> env) {
    TestDatabase db = TestDatabase.create();
    Map<String, String> all = new HashMap<>();
    all.put("AKHBAR_HTTP_HOST", "127.0.0.1");
    all.put("AKHBAR_HTTP_PORT", "0");
    all.put("AKHBAR_PG_URL", db.url());
    all.put("AKHBAR_REDIS_URL", "redis://127.0.0.1:6379");
    all.put("AKHBAR_REDIS_CHANNEL", "akhbar-test:" + UUID.randomUUID());
    all.put("AKHBAR_ADMIN_TOKEN", TOKEN);
    all.put("AKHBAR_HEARTBEAT_SECONDS", "1");
    all.put("AKHBAR_CATCHUP_MILLIS", "500");
    // every test client is 127.0.0.1: the per-address read limits are tested where they are set
    all.put("AKHBAR_SEARCHES_PER_MINUTE", "0");
    all.put("AKHBAR_COLD_READS_PER_MINUTE", "0");
    all.putAll(env);
    TestApp app = new TestApp(vertx, all, db);
    app.startInstance();
    return app;
  }

  /** Starts one more instance of the same deployment; returns its index. */
  public int startInstance() {
    return startWith(cfg);
  }

  /** Starts one more instance of the same deployment with some settings of its own; returns its index. */
  public int startInstance(Map<String, String> overrides) {
    Map<String, String> all = new HashMap<>(env);
    all.putAll(overrides);
    return startWith(AppConfig.fromEnv(all));
  }

  /** Two instances in one process cannot share an index directory: unless the test names one, each gets its own. */
  private int startWith(AppConfig config) {
    AppConfig own = config;
    if (!env.containsKey("AKHBAR_SEARCH_DIR") && config.searchDir() != null) {
      try {
        own = config.withSearchDir(java.nio.file.Files.createTempDirectory("akhbar-search-").toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    configs.add(own);
    apps.add(Await.of(App.start(vertx, own), 60));
    ports.add(apps.get(apps.size() - 1).port());
    return apps.size() - 1;
  }

  /** Starts a stopped instance again on its old port, so readers that keep reconnecting there find it. */
  public void restartInstance(int index) {
    apps.set(index, Await.of(App.start(vertx, configs.get(index).withHttpPort(ports.get(index))), 60));
  }

  public void stopInstance(int index) {
    Await.of(apps.get(index).close(), 20);
  }

  /** The search index directory of an instance (null when it searches PostgreSQL). */
  public java.nio.file.Path searchDir(int index) {
    String dir = configs.get(index).searchDir();
    return dir == null ? null : java.nio.file.Path.of(dir);
  }

  public App instance(int index) {
    return apps.get(index);
  }

  public int port() {
    return port(0);
  }

  public int port(int instance) {
    return apps.get(instance).port();
  }

  public TestDatabase db() {
    return db;
  }

  public AppConfig config() {
    return cfg;
  }

  public HttpResponse<Buffer> post(JsonObject article) {
    return post(0, article);
  }

  /** Posts the article and returns it as created; anything but 201 fails the test with the server's answer. */
  public JsonObject published(JsonObject article) {
    HttpResponse<Buffer> res = post(article);
    if (res.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + res.statusCode() + ": " + res.bodyAsString());
    }
    return res.bodyAsJsonObject();
  }

  public HttpResponse<Buffer> post(int instance, JsonObject article) {
    return post(instance, TOKEN, article);
  }

  public HttpResponse<Buffer> post(int instance, String token, JsonObject article) {
    return checked(HttpMethod.POST, "/api/v1/articles", Await.of(web.post(port(instance), "127.0.0.1", "/api/v1/articles")
        .putHeader("Authorization", "Bearer " + token)
        .sendJsonObject(article), 10));
  }

  public HttpResponse<Buffer> patch(String id, JsonObject change) {
    return patch(0, TOKEN, id, change);
  }

  public HttpResponse<Buffer> patch(int instance, String token, String id, JsonObject change) {
    return checked(HttpMethod.PATCH, "/api/v1/articles/" + id, Await.of(web.patch(port(instance), "127.0.0.1",
        "/api/v1/articles/" + id).putHeader("Authorization", "Bearer " + token).sendJsonObject(change), 10));
  }

  public HttpResponse<Buffer> retract(String id) {
    return retract(0, TOKEN, id);
  }

  public HttpResponse<Buffer> retract(int instance, String token, String id) {
    return checked(HttpMethod.DELETE, "/api/v1/articles/" + id, Await.of(web.delete(port(instance), "127.0.0.1",
        "/api/v1/articles/" + id).putHeader("Authorization", "Bearer " + token).send(), 10));
  }

  /** Uploads image bytes to POST /api/v1/photos with the query (alt, caption, credit) and Content-Type given. */
  public HttpResponse<Buffer> uploadPhoto(String query, String contentType, byte[] image) {
    var request = web.post(port(), "127.0.0.1", "/api/v1/photos" + query).putHeader("Authorization", "Bearer " + TOKEN);
    if (contentType != null) {
      request.putHeader("Content-Type", contentType);
    }
    return checked(HttpMethod.POST, "/api/v1/photos", Await.of(request.sendBuffer(Buffer.buffer(image)), 30));
  }

  /** DELETE /api/v1/photos/{id} with this token (null for none). */
  public HttpResponse<Buffer> deletePhoto(String token, String id) {
    var request = web.delete(port(), "127.0.0.1", "/api/v1/photos/" + id);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    return checked(HttpMethod.DELETE, "/api/v1/photos/" + id, Await.of(request.send(), 10));
  }

  /** Uploads a JPEG with Arabic texts and returns the photo as stored; anything but 201 fails the test. */
  public JsonObject photo(byte[] jpeg) {
    HttpResponse<Buffer> res = uploadPhoto("?alt=" + java.net.URLEncoder.encode("جسر المشاة عند الغروب",
        java.nio.charset.StandardCharsets.UTF_8) + "&caption=" + java.net.URLEncoder.encode("الجسر الجديد",
        java.nio.charset.StandardCharsets.UTF_8) + "&credit=" + java.net.URLEncoder.encode("تصوير ليلى حداد",
        java.nio.charset.StandardCharsets.UTF_8), "image/jpeg", jpeg);
    if (res.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + res.statusCode() + ": " + res.bodyAsString());
    }
    return res.bodyAsJsonObject();
  }

  /** Creates an editor account with the admin token; returns its bearer token. */
  public String newEditor(String name) {
    HttpResponse<Buffer> res = Await.of(web.post(port(), "127.0.0.1", "/api/v1/editors")
        .putHeader("Authorization", "Bearer " + TOKEN)
        .sendJsonObject(new JsonObject().put("name", name)), 10);
    checked(HttpMethod.POST, "/api/v1/editors", res);
    if (res.statusCode() != 201) {
      throw new AssertionError("could not create editor " + name + ": " + res.bodyAsString());
    }
    return res.bodyAsJsonObject().getString("token");
  }

  public HttpResponse<Buffer> get(String uri) {
    return get(0, uri);
  }

  public HttpResponse<Buffer> get(int instance, String uri) {
    awaitSearchable(instance, uri);
    return checked(HttpMethod.GET, uri, Await.of(web.get(port(instance), "127.0.0.1", uri).send(), 10));
  }

  /** A GET with request headers (If-None-Match, Accept-Encoding, …). */
  public HttpResponse<Buffer> get(String uri, Map<String, String> headers) {
    awaitSearchable(0, uri);
    var request = web.get(port(), "127.0.0.1", uri);
    headers.forEach(request::putHeader);
    return checked(HttpMethod.GET, uri, Await.of(request.send(), 10));
  }

  /**
   * A search is answered by the instance's own index, which takes each committed event from the fan-out within about
   * a second (docs/design.md, "Search"): before a search, this waits (up to 10 s) until the index holds every event
   * the store has committed, as a reader searching a second after a publish would find it. An index that is not
   * ready yet is not waited for: the store answers those searches itself.
   */
  private void awaitSearchable(int instance, String uri) {
    boolean search = uri.startsWith("/api/v1/search") || uri.startsWith("/?q=") || uri.contains("&q=");
    LuceneSearch index = instance < apps.size() ? apps.get(instance).searchIndex() : null;
    if (!search || index == null) {
      return;
    }
    awaitIndex(index, db.count("SELECT last_id FROM event_counter"), false);
  }

  /** Waits (up to 10 s) until the instance's search index is ready and holds event {@code eventId}; false if not. */
  public boolean awaitIndexed(int instance, long eventId) {
    return awaitIndex(apps.get(instance).searchIndex(), eventId, true);
  }

  private static boolean awaitIndex(LuceneSearch index, long eventId, boolean mustBeReady) {
    return Eventually.within(10, () -> {
      LuceneSearch.Status status = Await.of(index.status(), 10);
      return status.ready() ? status.appliedEventId() >= eventId : !mustBeReady;
    });
  }

  /** Fails the test when the response is not one the OpenAPI document allows for this request (support/ContractCheck). */
  private static HttpResponse<Buffer> checked(HttpMethod method, String uri, HttpResponse<Buffer> res) {
    ContractCheck.verify(method, uri, res.statusCode(), res.headers(), res.body());
    return res;
  }

  public WebClient web() {
    return web;
  }

  public SseProbe openStream(String uri) throws Exception {
    return openStream(0, uri, null);
  }

  public SseProbe openStream(int instance, String uri, MultiMap headers) throws Exception {
    SseProbe probe = SseProbe.open(http, port(instance), uri, headers);
    probes.add(probe);
    return probe;
  }

  public static JsonObject article(String title) {
    return new JsonObject().put("title", title).put("body", "<p>" + title + " — نص الخبر.</p>");
  }

  @Override
  public void close() {
    for (SseProbe probe : probes) {
      try {
        probe.close();
      } catch (RuntimeException ignored) {
        // already gone
      }
    }
    for (App app : apps) {
      try {
        Await.of(app.close(), 20);
      } catch (Exception ignored) {
        // closed by the test already
      }
    }
    web.close();
    for (AppConfig config : configs) {
      if (config.searchDir() != null && config.searchDir().contains("akhbar-search-")) {
        TestFiles.deleteTree(java.nio.file.Path.of(config.searchDir()));
      }
    }
    http.close();
    db.close();
  }
}
