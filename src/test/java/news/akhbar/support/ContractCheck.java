package news.akhbar.support;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Response;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableResponse;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document (src/main/resources/openapi/akhbar.yaml) as a contract for the responses tests receive: finds
 * the operation of a method and path, and says what of a response the document does not allow. Loaded once per JVM.
 *
 * <p>JSON bodies and documented headers go through vertx-openapi's {@link ResponseValidator}. It accepts only a few
 * media types, so the contract it gets keeps the JSON ones (as application/json) and this class checks the others
 * itself: the response's
 * media type must be one the document lists for that status. Statuses the document allows for any request
 * (an unreadable URL, a stalled or oversized request, a wrong method on a known path) may come from any operation as
 * long as they are a Problem. Switch the check off with {@code -Dakhbar.contract.check=off}.
 */
public final class ContractCheck {

  /** Statuses the document's description allows for any request, answered before any route runs. */
  public static final Set<Integer> ANY_REQUEST = Set.of(400, 405, 408, 413, 414, 431);

  private static final String DOCUMENT = "/openapi/akhbar.yaml";

  private final JsonObject raw;
  private final OpenAPIContract contract;
  private final ResponseValidator validator;
  private final Validator problem;

  private ContractCheck(Vertx vertx, JsonObject raw) {
    this.raw = raw;
    JsonObject loadable = (JsonObject) jsonOnly(raw.copy());
    // vertx-openapi takes only absolute server URLs; the document's relative "/" means this server, no base path
    loadable.remove("servers");
    this.contract = OpenAPIContract.from(vertx, loadable).await();
    this.validator = ResponseValidator.create(vertx, contract);
    this.problem = Validator.create(JsonSchema.of(inline(schema("Problem"))),
        new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("app:///"));
  }

  private static final class Holder {
    static final ContractCheck INSTANCE = load();
  }

  /** The contract, loaded on first use. */
  public static ContractCheck get() {
    return Holder.INSTANCE;
  }

  /** Whether the suite's helpers check what they receive (on unless -Dakhbar.contract.check=off). */
  public static boolean enabled() {
    return !"off".equals(System.getProperty("akhbar.contract.check"));
  }

  private static ContractCheck load() {
    try (InputStream in = ContractCheck.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is not on the class path");
      }
      Map<String, Object> tree = new Yaml(new LoaderOptions()).load(in);
      Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2));
      return new ContractCheck(vertx, (JsonObject) plain(tree));
    } catch (Exception e) {
      throw new IllegalStateException("the OpenAPI document does not load: " + e.getMessage(), e);
    }
  }

  /** YAML's tree as JSON: keys as text (a bare 200 is an Integer to YAML), dates as ISO text. */
  private static Object plain(Object node) {
    if (node instanceof Map<?, ?> map) {
      JsonObject out = new JsonObject();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (node instanceof List<?> list) {
      JsonArray out = new JsonArray();
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (node instanceof java.util.Date date) {
      return date.toInstant().toString();
    }
    return node;
  }

  public OpenAPIContract contract() {
    return contract;
  }

  public JsonObject raw() {
    return raw;
  }

  /** The operation answering this method and path (no query), if the document has one. */
  public Optional<Operation> operation(HttpMethod method, String path) {
    return Optional.ofNullable(contract.findOperation(path, method));
  }

  /** Fails the test with what did not match, if anything. */
  public static void verify(HttpMethod method, String uri, int status, MultiMap headers, Buffer body) {
    if (!enabled()) {
      return;
    }
    List<String> wrong = get().mismatches(method, uri, status, headers, body);
    if (!wrong.isEmpty()) {
      throw new AssertionError("response does not match the OpenAPI document: " + method + " " + uri + " → " + status
          + "\n  " + String.join("\n  ", wrong) + "\n  body: " + clip(body));
    }
  }

  /** What of the response the document does not allow; empty when it matches. */
  public List<String> mismatches(HttpMethod method, String uri, int status, MultiMap headers, Buffer body) {
    String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
    String type = mediaType(headers.get("Content-Type"));
    Operation op = contract.findOperation(path, method);
    if (op == null) {
      return orphan(method, path, status, type, body);
    }
    String where = "operation " + op.getOperationId() + " (" + method + " " + op.getOpenAPIPath() + ")";
    JsonObject documented = response(op, status);
    if (documented == null) {
      if (ANY_REQUEST.contains(status)) {
        return problemMismatches(where, status, type, body);
      }
      return List.of(where + ": status " + status + " is not documented (documented: " + statuses(op) + ")");
    }
    List<String> wrong = new ArrayList<>();
    JsonObject content = documented.getJsonObject("content");
    boolean hasBody = body != null && body.length() > 0 && method != HttpMethod.HEAD;
    if (content == null || content.isEmpty()) {
      if (hasBody) {
        wrong.add(where + ": status " + status + " documents no body, got " + body.length() + " bytes of " + type);
      }
      return wrong;
    }
    if (method == HttpMethod.HEAD) {
      return wrong;
    }
    Set<String> listed = baseTypes(content);
    if (type == null || !listed.contains(type)) {
      wrong.add(where + ": status " + status + " Content-Type " + type + " is not one of " + listed);
      return wrong;
    }
    String encoding = headers.get("Content-Encoding");
    if (isJson(type) && (encoding == null || "gzip".equalsIgnoreCase(encoding))) {
      validate(op, status, headers, "gzip".equalsIgnoreCase(encoding) ? gunzip(body) : body, type).ifPresent(m -> wrong.add(where + ": status " + status + " " + m));
    }
    return wrong;
  }

  /** Whether a JSON body is a Problem as the document defines it; the reasons when not. */
  public List<String> problemMismatches(String where, int status, String type, Buffer body) {
    if (!"application/problem+json".equals(type)) {
      return List.of(where + ": status " + status + " must be application/problem+json, got " + type);
    }
    try {
      OutputUnit out = problem.validate(body.toJsonObject());
      if (Boolean.FALSE.equals(out.getValid())) {
        return List.of(where + ": status " + status + " body is not a Problem: " + describe(out));
      }
      return List.of();
    } catch (RuntimeException e) {
      return List.of(where + ": status " + status + " body is not JSON: " + e.getMessage());
    }
  }

  private List<String> orphan(HttpMethod method, String path, int status, String type, Buffer body) {
    String where = "no operation for " + method + " " + path;
    if (status == 404 && "text/html".equals(type)) {
      return List.of();
    }
    if (isFile(method, path) && status < 400) {
      return List.of();   // a file of webroot's or the reference page's (a script, a style, an icon): no operation
    }
    if (status == 404 || ANY_REQUEST.contains(status)) {
      return problemMismatches(where, status, type, body);
    }
    return List.of(where + " in the document, yet it answered " + status);
  }

  /** A GET of a file name with an extension, which the document has no operation for: webroot's static files. */
  private static boolean isFile(HttpMethod method, String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return (method == HttpMethod.GET || method == HttpMethod.HEAD) && last.matches("[\\w.-]+\\.[a-z0-9]{1,5}");
  }

  private Optional<String> validate(Operation op, int status, MultiMap headers, Buffer body, String type) {
    Response response = Optional.ofNullable(op.getResponse(status)).orElse(op.getDefaultResponse());
    // vertx-openapi decodes a header as JSON when it can: a plain string schema (WWW-Authenticate: Bearer realm="…")
    // is checked here against its const, only the typed ones (Retry-After: integer) go to the validator
    JsonObject documentedHeaders = response(op, status).getJsonObject("headers", new JsonObject());
    Map<String, String> sent = new HashMap<>();
    for (Parameter header : response.getHeaders()) {
      String value = headers.get(header.getName());
      JsonObject schema = resolve(documentedHeaders.getJsonObject(header.getName(), new JsonObject()))
          .getJsonObject("schema", new JsonObject());
      if (value == null) {
        continue;
      }
      if (!"string".equals(schema.getString("type", "string"))) {
        sent.put(header.getName(), value);
      } else if (schema.containsKey("const") && !schema.getString("const").equals(value)) {
        return Optional.of("header " + header.getName() + " is " + value + ", the document says " + schema.getString("const"));
      }
    }
    try {
      validator.validate(ValidatableResponse.create(status, sent, body, "application/json"), op.getOperationId())
          .await(10, TimeUnit.SECONDS);
      return Optional.empty();
    } catch (SchemaValidationException e) {
      return Optional.of(e.getMessage() + ": " + describe(e.getOutputUnit()));
    } catch (Exception e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The document's response object for a status (components resolved), or null. */
  public JsonObject response(Operation op, int status) {
    JsonObject responses = raw.getJsonObject("paths").getJsonObject(op.getOpenAPIPath())
        .getJsonObject(op.getHttpMethod().name().toLowerCase(Locale.ROOT)).getJsonObject("responses");
    JsonObject found = responses.getJsonObject(String.valueOf(status));
    if (found == null) {
      found = responses.getJsonObject(status / 100 + "XX", responses.getJsonObject("default"));
    }
    return found == null ? null : resolve(found);
  }

  /** The statuses the document lists for an operation. */
  public List<String> statuses(Operation op) {
    return new ArrayList<>(raw.getJsonObject("paths").getJsonObject(op.getOpenAPIPath())
        .getJsonObject(op.getHttpMethod().name().toLowerCase(Locale.ROOT)).getJsonObject("responses").fieldNames());
  }

  /** Follows a local $ref ('#/components/…') to the object it names. */
  public JsonObject resolve(JsonObject node) {
    JsonObject at = node;
    while (at.containsKey("$ref")) {
      String[] parts = at.getString("$ref").substring(2).split("/");
      JsonObject next = raw;
      for (String part : parts) {
        next = next.getJsonObject(part.replace("~1", "/").replace("~0", "~"));
      }
      at = next;
    }
    return at;
  }

  private JsonObject schema(String name) {
    return raw.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
  }

  /** A copy of a schema with its local references replaced by what they name (no cycles expected). */
  public Object inline(Object node) {
    if (node instanceof JsonObject obj) {
      if (obj.containsKey("$ref")) {
        return inline(resolve(obj).copy());
      }
      JsonObject out = new JsonObject();
      obj.forEach(e -> out.put(e.getKey(), inline(e.getValue())));
      return out;
    }
    if (node instanceof JsonArray arr) {
      JsonArray out = new JsonArray();
      arr.forEach(v -> out.add(inline(v)));
      return out;
    }
    return node;
  }

  private JsonObject inline(JsonObject schema) {
    return (JsonObject) inline((Object) schema);
  }

  /** "application/json; charset=utf-8" → "application/json"; null when absent. */
  public static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isJson(String type) {
    return type != null && (type.equals("application/json") || type.matches("application/[^/]+\\+json"));
  }

  private static Set<String> baseTypes(JsonObject content) {
    Set<String> types = new java.util.TreeSet<>();
    content.fieldNames().forEach(t -> types.add(mediaType(t)));
    return types;
  }

  /**
   * The document as vertx-openapi can load it: only JSON media types stay in "content" (each with a schema); a response
   * left without any has no body to validate, a request body left without any gets a placeholder.
   */
  private static Object jsonOnly(Object node) {
    return jsonOnly(node, false);
  }

  private static Object jsonOnly(Object node, boolean requestBody) {
    if (node instanceof JsonObject obj) {
      for (String key : new ArrayList<>(obj.fieldNames())) {
        Object value = obj.getValue(key);
        if ("content".equals(key) && value instanceof JsonObject content && mediaTypes(content)) {
          JsonObject kept = new JsonObject();
          content.forEach(e -> {
            if (isJson(mediaType(e.getKey()))) {
              JsonObject media = ((JsonObject) e.getValue()).copy();
              media.remove("examples");
              media.remove("example");
              if (!media.containsKey("schema")) {
                media.put("schema", new JsonObject());
              }
              // vertx-openapi knows only a few +json types (not problem+json): every JSON type is validated as JSON
              kept.put("application/json", jsonOnly(media, false));
            }
          });
          if (kept.isEmpty() && requestBody) {
            kept.put("application/octet-stream", new JsonObject().put("schema", new JsonObject()));
          }
          if (kept.isEmpty()) {
            obj.remove(key);
          } else {
            obj.put(key, kept);
          }
        } else {
          obj.put(key, jsonOnly(value, "requestBody".equals(key) || "requestBodies".equals(key)));
        }
      }
      return obj;
    }
    if (node instanceof JsonArray arr) {
      for (int i = 0; i < arr.size(); i++) {
        arr.set(i, jsonOnly(arr.getValue(i), false));
      }
      return arr;
    }
    return node;
  }

  private static boolean mediaTypes(JsonObject content) {
    return !content.isEmpty() && content.fieldNames().stream().allMatch(k -> k.contains("/"));
  }

  private static String describe(OutputUnit out) {
    if (out == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (out.getErrors() != null) {
      for (OutputUnit error : out.getErrors()) {
        parts.add(error.getInstanceLocation() + " " + error.getError() + " (" + error.getKeywordLocation() + ")");
      }
    }
    if (parts.isEmpty() && out.getError() != null) {
      parts.add(out.getInstanceLocation() + " " + out.getError());
    }
    return String.join("; ", parts);
  }

  private static Buffer gunzip(Buffer body) {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body.getBytes()))) {
      return Buffer.buffer(in.readAllBytes());
    } catch (java.io.IOException e) {
      throw new AssertionError("Content-Encoding gzip but the body does not inflate: " + e.getMessage(), e);
    }
  }

  private static String clip(Buffer body) {
    if (body == null) {
      return "(none)";
    }
    String text = body.toString();
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
