package news.akhbar.contract;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import news.akhbar.json.Json;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * GET /api/v1/openapi.yaml and /api/v1/openapi.json: the OpenAPI document, read once from the jar; GET /api/docs: its
 * reference page, Swagger UI served from its webjar (no CDN, so it works offline) and started by
 * webroot/api-docs.js (the site's CSP allows no inline script). Made once and shared by every event loop.
 *
 * <p>The files are read on a worker after start-up, not before it: parsing the document and reading Swagger UI's
 * 1.7 MB bundle took half a second of a cold start, for pages few readers open. A request that comes before they are
 * ready waits for them, then is answered on its own event loop. Read once per JVM (a test run starts many servers).
 */
public final class ContractRoutes {

  /** The document on the classpath. */
  public static final String DOCUMENT = "openapi/akhbar.yaml";
  public static final String YAML_PATH = "/api/v1/openapi.yaml";
  public static final String JSON_PATH = "/api/v1/openapi.json";
  public static final String DOCS_PATH = "/api/docs";
  /** The Swagger UI files the page loads, under {@link #DOCS_PATH}/. */
  public static final String ASSETS = "/api/docs/(swagger-ui\\.css|swagger-ui-bundle\\.js|favicon-32x32\\.png)";

  /** The document changes only with a deploy; a CDN may keep it five minutes. */
  private static final String CACHE = "public, max-age=300";
  /** Swagger UI's files carry their version in their path, so they may be kept a day. */
  private static final String ASSET_CACHE = "public, max-age=86400";

  /** What the routes send, each encoded once. */
  private record Files(CachedResponse yaml, CachedResponse json, CachedResponse page,
                       Map<String, CachedResponse> assets) {
  }

  private final Future<Files> loading;
  private volatile Files files;

  private ContractRoutes(Future<Files> loading) {
    this.loading = loading.onSuccess(loaded -> files = loaded);
  }

  /** The files once read: they are the jar's, the same for every server this JVM starts. */
  private static volatile Files once;

  /** Starts reading the document, the page and Swagger UI's files from the jar on a worker (once per JVM). */
  public static ContractRoutes load(Vertx vertx) {
    Files known = once;
    return new ContractRoutes(known != null ? Future.succeededFuture(known)
        : vertx.executeBlocking(ContractRoutes::read, false).onSuccess(files -> once = files));
  }

  private static Files read() {
    byte[] document = resource(DOCUMENT);
    String root = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    return new Files(CachedResponse.tagged(document, "application/yaml; charset=utf-8", CACHE, "y").kept(),
        CachedResponse.tagged(Json.bytes(parsed(document)), "application/json; charset=utf-8", CACHE, "j").kept(),
        CachedResponse.tagged(resource("openapi/reference.html"), "text/html; charset=utf-8", CACHE, "p").kept(),
        Map.of("swagger-ui.css", asset(root + "swagger-ui.css", "text/css; charset=utf-8"),
            "swagger-ui-bundle.js", asset(root + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
            "favicon-32x32.png", asset(root + "favicon-32x32.png", "image/png")));
  }

  public void mount(Router router) {
    router.get(YAML_PATH).handler(rc -> withFiles(rc, f -> f.yaml().send(rc.request())));
    router.get(JSON_PATH).handler(rc -> withFiles(rc, f -> f.json().send(rc.request())));
    router.get(DOCS_PATH).handler(rc -> withFiles(rc, f -> f.page().send(rc.request())));
    router.getWithRegex(ASSETS).handler(rc -> withFiles(rc, f -> sendAsset(rc, f)));
  }

  /** Answers from the files at once when they are read, else once they are, on the request's own event loop. */
  private void withFiles(RoutingContext rc, Consumer<Files> send) {
    Files ready = files;
    if (ready != null) {
      send.accept(ready);
      return;
    }
    Context here = rc.vertx().getOrCreateContext();
    loading.onComplete(done -> here.runOnContext(v -> {
      if (done.succeeded()) {
        send.accept(done.result());
      } else {
        rc.fail(done.cause());
      }
    }));
  }

  private static void sendAsset(RoutingContext rc, Files f) {
    String path = rc.normalizedPath();
    CachedResponse asset = f.assets().get(path.substring(path.lastIndexOf('/') + 1));
    if (asset == null) {
      rc.fail(Problem.notFound("file"));
      return;
    }
    asset.send(rc.request());
  }

  /** YAML's plain data (maps, lists, strings, numbers, booleans) as the same JSON document. */
  private static Object parsed(byte[] document) {
    return new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(new String(document, StandardCharsets.UTF_8));
  }

  private static CachedResponse asset(String name, String contentType) {
    return CachedResponse.tagged(resource(name), contentType, ASSET_CACHE, "s").kept();
  }

  /** The webjar's own record of its version, so the pom names it once. */
  private static String swaggerUiVersion() {
    Properties props = new Properties();
    try (InputStream in = stream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version");
  }

  private static byte[] resource(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String name) {
    InputStream in = ContractRoutes.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath");
    }
    return in;
  }
}
