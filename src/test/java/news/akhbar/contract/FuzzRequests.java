package news.akhbar.contract;

import static news.akhbar.contract.FuzzValues.chance;
import static news.akhbar.contract.FuzzValues.pick;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.akhbar.contract.FuzzValues.Part;
import news.akhbar.support.ContractCheck;
import news.akhbar.support.TestImages;

/**
 * Generates requests for one operation of the OpenAPI document: its path with fair or hostile segments, its query
 * parameters fair, of the wrong type or hostile, its header parameters, a token or none, and its request body drawn
 * from the schema and then perhaps broken (a required field dropped, a wrong type, an unknown field, a huge or
 * invisible string, an absurd date, no JSON at all), sent with the right Content-Type or a wrong one; now and then a
 * method the path does not answer, or a body declared far over any limit.
 */
final class FuzzRequests {

  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private final ContractCheck contract;
  private final FuzzFixtures fixtures;

  FuzzRequests(ContractCheck contract, FuzzFixtures fixtures) {
    this.contract = contract;
    this.fixtures = fixtures;
  }

  /** What one request breaks; everything else in it stays fair, so an answer tells what it was about. */
  enum Focus { NONE, METHOD, PATH, QUERY, HEADERS, AUTH, CONTENT_TYPE, BODY, HUGE_BODY }

  FuzzRequest next(Operation op) {
    JsonObject pathItem = contract.raw().getJsonObject("paths").getJsonObject(op.getOpenAPIPath());
    JsonObject spec = pathItem.getJsonObject(op.getHttpMethod().name().toLowerCase(Locale.ROOT));
    List<JsonObject> params = parameters(pathItem, spec);
    JsonObject requestBody = spec.getJsonObject("requestBody");
    Focus focus = requestBody != null
        ? pick(Focus.NONE, Focus.METHOD, Focus.PATH, Focus.QUERY, Focus.HEADERS, Focus.AUTH, Focus.CONTENT_TYPE,
            Focus.BODY, Focus.BODY, Focus.BODY, Focus.BODY, Focus.HUGE_BODY)
        : pick(Focus.NONE, Focus.METHOD, Focus.PATH, Focus.PATH, Focus.QUERY, Focus.QUERY, Focus.HEADERS, Focus.AUTH);
    List<String> ruledOut = new ArrayList<>();
    String method = op.getHttpMethod().name();
    boolean wrongMethod = false;
    if (focus == Focus.METHOD) {
      Set<String> answered = new TreeSet<>();
      pathItem.fieldNames().forEach(k -> answered.add(k.toUpperCase(Locale.ROOT)));
      List<String> others = METHODS.stream().filter(m -> !answered.contains(m)).toList();
      if (!others.isEmpty()) {
        method = pick(others);
        wrongMethod = true;
        ruledOut.add("method not allowed");
      }
    }
    String target = path(op, params, focus == Focus.PATH, ruledOut) + query(params, focus == Focus.QUERY, ruledOut);
    Map<String, String> headers = new LinkedHashMap<>();
    if (focus == Focus.HEADERS) {
      headerParams(params, headers);
    }
    auth(spec, headers, focus == Focus.AUTH, ruledOut);
    byte[] body = null;
    String declared = null;
    if (requestBody != null && !requestBody.getJsonObject("content").containsKey("application/json")) {
      body = image(focus == Focus.BODY, ruledOut);
      headers.put("Content-Type", focus == Focus.CONTENT_TYPE ? pick("text/plain", "image/gif", "application/json")
          : "image/png");
      if (focus == Focus.CONTENT_TYPE) {
        ruledOut.add("Content-Type is not image/jpeg or image/png");
      }
      if (focus == Focus.HUGE_BODY) {
        declared = "10000000000";
        ruledOut.add("body far over the limit");
      }
    } else if (requestBody != null) {
      JsonObject schema = (JsonObject) contract.inline(requestBody.getJsonObject("content")
          .getJsonObject("application/json").getJsonObject("schema"));
      body = body(schema, focus == Focus.BODY, ruledOut);
      contentType(headers, focus == Focus.CONTENT_TYPE, ruledOut);
      if (focus == Focus.HUGE_BODY) {
        declared = "10000000000";
        body = "a".repeat(65536).getBytes(StandardCharsets.UTF_8);
        ruledOut.add("body far over the limit");
      }
    } else if (focus == Focus.HEADERS) {
      headers.put("Content-Type", "application/json");
      body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
    }
    return new FuzzRequest(op.getOperationId(), method, target, headers, body, declared,
        ruledOut.isEmpty() ? null : String.join("; ", ruledOut), wrongMethod);
  }

  /** An image body (an upload): a small PNG, or when hostile, bytes that are not a whole still PNG. */
  private static byte[] image(boolean hostile, List<String> ruledOut) {
    byte[] png = TestImages.png(8, 6);
    if (!hostile) {
      return png;
    }
    ruledOut.add("body is not a whole still PNG");
    return pick(TestImages.truncated(png), "ليست صورة".getBytes(StandardCharsets.UTF_8),
        TestImages.animatedPng(8, 6), new byte[0]);
  }

  private List<JsonObject> parameters(JsonObject pathItem, JsonObject spec) {
    Map<String, JsonObject> byName = new LinkedHashMap<>();
    for (JsonArray list : new JsonArray[] {pathItem.getJsonArray("parameters"), spec.getJsonArray("parameters")}) {
      if (list != null) {
        list.forEach(p -> {
          JsonObject param = contract.resolve((JsonObject) p);
          byName.put(param.getString("in") + ":" + param.getString("name"), param);
        });
      }
    }
    return new ArrayList<>(byName.values());
  }

  private String path(Operation op, List<JsonObject> params, boolean hostile, List<String> ruledOut) {
    String path = op.getOpenAPIPath();
    for (JsonObject param : params) {
      if (!"path".equals(param.getString("in"))) {
        continue;
      }
      String name = param.getString("name");
      Part part = !hostile || chance(30) ? Part.fair(FuzzValues.encode(fixtures.pathValue(op.getOpenAPIPath(), name)))
          : FuzzValues.hostileUrlText();
      if (part.ruledOut() != null) {
        ruledOut.add("path " + name + ": " + part.ruledOut());
      }
      path = path.replace("{" + name + "}", part.text());
    }
    return path;
  }

  private String query(List<JsonObject> params, boolean hostile, List<String> ruledOut) {
    List<String> pairs = new ArrayList<>();
    for (JsonObject param : params) {
      if (!"query".equals(param.getString("in"))) {
        continue;
      }
      String name = param.getString("name");
      JsonObject schema = param.getJsonObject("schema", new JsonObject());
      int roll = hostile ? FuzzValues.between(1, 100) : FuzzValues.between(1, 70);
      if (roll <= 35 && (hostile || !param.getBoolean("required", false))) {
        if (param.getBoolean("required", false)) {
          ruledOut.add("query " + name + " missing");
        }
        continue;
      }
      if (roll <= 70) {
        pairs.add(name + "=" + FuzzValues.encode(fairValue(name, schema)));
      } else if (roll <= 82 && "integer".equals(schema.getString("type"))) {
        String value = FuzzValues.notAnInteger();
        if (!fitsInteger(value, schema)) {
          ruledOut.add("query " + name + " is not an integer in range");
        }
        pairs.add(name + "=" + value);
      } else {
        Part part = FuzzValues.hostileUrlText();
        if (part.ruledOut() != null) {
          ruledOut.add("query " + name + ": " + part.ruledOut());
        }
        pairs.add(name + "=" + part.text());
        if (chance(20)) {
          pairs.add(name + "=" + part.text());
        }
      }
    }
    if (hostile && chance(20)) {
      pairs.add(pick("unknown=1", "%00=1", "a[b]=c", "=", "&&", "q"));
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private static boolean fitsInteger(String value, JsonObject schema) {
    try {
      long n = Long.parseLong(value);
      return n >= schema.getLong("minimum", Long.MIN_VALUE) && n <= schema.getLong("maximum", Long.MAX_VALUE);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void headerParams(List<JsonObject> params, Map<String, String> headers) {
    for (JsonObject param : params) {
      if ("header".equals(param.getString("in")) && chance(30)) {
        headers.put(param.getString("name"), FuzzValues.hostileHeaderValue());
      }
    }
  }

  private void auth(JsonObject spec, Map<String, String> headers, boolean hostile, List<String> ruledOut) {
    boolean secured = spec.getJsonArray("security", new JsonArray()).size() > 0;
    int roll = hostile ? FuzzValues.between(1, 100) : FuzzValues.between(1, 75);
    if (!secured && !hostile) {
      return;
    }
    if (secured && roll <= 55) {
      headers.put("Authorization", "Bearer " + fixtures.adminToken());
    } else if (secured && roll <= 75) {
      headers.put("Authorization", "Bearer " + fixtures.editorToken());
    } else if (roll <= 88) {
      if (secured) {
        ruledOut.add("no token");
      }
    } else {
      headers.put("Authorization", pick("Bearer nope", "Bearer ", "Basic YWRtaW46YWRtaW4=",
          "Bearer " + "x".repeat(300), "bearer", "Bearer a b"));
      if (secured) {
        ruledOut.add("bad token");
      }
    }
  }

  private void contentType(Map<String, String> headers, boolean hostile, List<String> ruledOut) {
    int roll = hostile ? FuzzValues.between(76, 100) : FuzzValues.between(1, 75);
    if (roll <= 75) {
      headers.put("Content-Type", pick("application/json", "application/json; charset=utf-8",
          "application/json;charset=UTF-8"));
    } else if (roll <= 82) {
      ruledOut.add("no Content-Type");
    } else {
      headers.put("Content-Type", pick("application/jsonx", "text/plain", "application/xml",
          "application/json-patch+json", "multipart/form-data; boundary=x", "json"));
      ruledOut.add("Content-Type is not application/json");
    }
  }

  private byte[] body(JsonObject schema, boolean hostile, List<String> ruledOut) {
    JsonObject fair = fairObject(schema);
    JsonObject props = schema.getJsonObject("properties", new JsonObject());
    List<String> fields = new ArrayList<>(props.fieldNames());
    int roll = FuzzValues.between(1, 100);
    if (!hostile || roll <= 10 || fields.isEmpty()) {
      return fair.encode().getBytes(StandardCharsets.UTF_8);
    }
    String field = pick(fields);
    JsonObject broken = fair.copy();
    if (roll <= 40 && schema.getJsonArray("required", new JsonArray()).size() > 0) {
      String required = pick(schema.getJsonArray("required").getList()).toString();
      broken.remove(required);
      ruledOut.add("body misses required " + required);
    } else if (roll <= 50) {
      broken.put(field, wrongTypeFor(props.getJsonObject(field)));
      ruledOut.add("body " + field + " of the wrong type");
    } else if (roll <= 56) {
      broken.put(pick("unknown", "id", "eventId", "__proto__", ""), "x");
      ruledOut.add("body has an unknown field");
    } else if (roll <= 64 && isString(props.getJsonObject(field))) {
      int max = props.getJsonObject(field).getInteger("maxLength", 200000);
      broken.put(field, "خ".repeat(max + 1));
      ruledOut.add("body " + field + " over maxLength " + max);
    } else if (roll <= 72 && props.containsKey("title")) {
      broken.put("title", FuzzValues.invisibleText());
      ruledOut.add("title without visible text");
    } else if (roll <= 80 && hasInstant(props)) {
      Part when = FuzzValues.absurdInstant();
      broken.put(instantField(props), when.text());
      ruledOut.add(when.ruledOut());
    } else if (roll <= 85) {
      broken.put(field, pick("a\u0000b", "\ud800", "\u202e\u202eevil", "<script>x</script>",
          "\u0000"));
    } else if (roll <= 92) {
      ruledOut.add("body is no JSON object of the schema");
      return pick("{", "", "[]", "null", "\"x\"", "{}", "{\"a\":", "[".repeat(5000), "\u0000",
          "{\"title\":\"a\",\"title\":\"b\"}").getBytes(StandardCharsets.UTF_8);
    } else {
      broken.put(field, null);
      if (isString(props.getJsonObject(field)) && !allowsNull(props.getJsonObject(field))) {
        ruledOut.add("body " + field + " is null");
      }
    }
    return broken.encode().getBytes(StandardCharsets.UTF_8);
  }

  private JsonObject fairObject(JsonObject schema) {
    JsonObject out = new JsonObject();
    JsonObject props = schema.getJsonObject("properties", new JsonObject());
    Set<Object> required = new TreeSet<>(schema.getJsonArray("required", new JsonArray()).getList());
    for (String name : props.fieldNames()) {
      if (required.contains(name) || chance(40) || (out.isEmpty() && schema.containsKey("minProperties"))) {
        Object value = fairJson(name, props.getJsonObject(name));
        if (value != null) {
          out.put(name, value);
        }
      }
    }
    return out;
  }

  private Object fairJson(String name, JsonObject schema) {
    if (schema.containsKey("enum")) {
      return pick(schema.getJsonArray("enum").getList());
    }
    String type = type(schema);
    return switch (type) {
      case "boolean" -> pick(true, false);
      case "integer" -> FuzzValues.between(schema.getInteger("minimum", 0),
          schema.getInteger("maximum", 100));
      case "object" -> fairObject(schema);
      case "string" -> fairValue(name, schema);
      default -> null;
    };
  }

  private String fairValue(String name, JsonObject schema) {
    if (schema.containsKey("enum")) {
      return pick(schema.getJsonArray("enum").getList()).toString();
    }
    if ("integer".equals(type(schema))) {
      return String.valueOf(FuzzValues.between(schema.getInteger("minimum", 1),
          schema.getInteger("maximum", 100)));
    }
    if ("date-time".equals(schema.getString("format"))) {
      return Instant.now().plus(FuzzValues.between(1, 48), ChronoUnit.HOURS).toString();
    }
    return fixtures.fairText(name, schema);
  }

  private static String type(JsonObject schema) {
    Object type = schema.getValue("type");
    if (type instanceof JsonArray types) {
      return types.stream().map(String::valueOf).filter(t -> !"null".equals(t)).findFirst().orElse("null");
    }
    return type == null ? "string" : type.toString();
  }

  /** A value of another JSON type than the field's (a boolean for a boolean field would be no mistake at all). */
  private static Object wrongTypeFor(JsonObject schema) {
    String type = schema == null ? "" : type(schema);
    List<Object> wrong = new ArrayList<>();
    if (!type.equals("integer") && !type.equals("number")) {
      wrong.add(42);
    }
    if (!type.equals("boolean")) {
      wrong.add(true);
    }
    if (!type.equals("array")) {
      wrong.add(new JsonArray().add(1));
    }
    if (!type.equals("object")) {
      wrong.add(new JsonObject().put("a", 1));
    }
    return wrong.get(FuzzValues.between(0, wrong.size() - 1));
  }

  private static boolean isString(JsonObject schema) {
    return schema != null && "string".equals(type(schema)) && !schema.containsKey("enum");
  }

  private static boolean allowsNull(JsonObject schema) {
    return schema.getValue("type") instanceof JsonArray types && types.contains("null");
  }

  private static boolean hasInstant(JsonObject props) {
    return instantField(props) != null;
  }

  private static String instantField(JsonObject props) {
    return props.fieldNames().stream()
        .filter(f -> "date-time".equals(props.getJsonObject(f).getString("format"))).findFirst().orElse(null);
  }
}
