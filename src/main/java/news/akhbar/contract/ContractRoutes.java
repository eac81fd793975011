package news.akhbar.contract;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
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

  private final CachedResponse yaml;
  private final CachedResponse json;
  private final CachedResponse page;
  private final Map<String, CachedResponse> assets;

  private ContractRoutes(byte[] document, Map<String, CachedResponse> assets) {
    this.yaml = CachedResponse.tagged(document, "application/yaml; charset=utf-8", CACHE, "y").kept();
    this.json = CachedResponse.tagged(Json.bytes(parsed(document)), "application/json; charset=utf-8", CACHE, "j")
        .kept();
    this.page = CachedResponse.tagged(resource("openapi/reference.html"), "text/html; charset=utf-8", CACHE, "p")
        .kept();
    this.assets = assets;
  }

  /** Reads the document, the page and Swagger UI's files from the jar (once: call at start-up). */
  public static ContractRoutes load() {
    String root = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    return new ContractRoutes(resource(DOCUMENT), Map.of(
        "swagger-ui.css", asset(root + "swagger-ui.css", "text/css; charset=utf-8"),
        "swagger-ui-bundle.js", asset(root + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
        "favicon-32x32.png", asset(root + "favicon-32x32.png", "image/png")));
  }

  public void mount(Router router) {
    router.get(YAML_PATH).handler(rc -> yaml.send(rc.request()));
    router.get(JSON_PATH).handler(rc -> json.send(rc.request()));
    router.get(DOCS_PATH).handler(rc -> page.send(rc.request()));
    router.getWithRegex(ASSETS).handler(this::sendAsset);
  }

  private void sendAsset(RoutingContext rc) {
    String path = rc.normalizedPath();
    CachedResponse asset = assets.get(path.substring(path.lastIndexOf('/') + 1));
    if (asset == null) {
      throw Problem.notFound("file");
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
