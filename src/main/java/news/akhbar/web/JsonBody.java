package news.akhbar.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import news.akhbar.json.Json;

/**
 * A request's JSON body, read with the one mapper: its media type is checked before the body is read (415), and what
 * cannot be read is a 400 problem naming the body.
 */
public final class JsonBody {

  private JsonBody() {
  }

  /**
   * A route's handler before the body is read: lets through exactly application/json (any case, with optional
   * parameters; a charset must be utf-8), and answers anything else, or no Content-Type, 415 naming Content-Type.
   */
  public static void requireJson(RoutingContext rc) {
    String refused = refusal(rc.request().getHeader("Content-Type"));
    if (refused != null) {
      throw new Problem(415, "unsupported-media-type", "send Content-Type: application/json",
          List.of(new Problem.FieldError("Content-Type", refused)), Map.of());
    }
    rc.next();
  }

  /** Why a Content-Type header is not JSON in UTF-8, or null when it is. */
  static String refusal(String header) {
    if (header == null || header.isBlank()) {
      return "missing; send application/json";
    }
    String[] parts = header.split(";", -1);
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return "must be application/json";
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int eq = parameter.indexOf('=');
      if (eq > 0 && parameter.substring(0, eq).trim().equalsIgnoreCase("charset")
          && !unquoted(parameter.substring(eq + 1).trim()).equalsIgnoreCase("utf-8")) {
        return "the charset must be utf-8";
      }
    }
    return null;
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1) : value;
  }

  /** Parses a request body; malformed JSON or invalid UTF-8 become a 400 problem naming the body. */
  public static JsonNode tree(Buffer body) {
    if (body == null || body.length() == 0) {
      throw Problem.field("body", "a JSON object is required");
    }
    try {
      return Json.MAPPER.readTree(body.getBytes());
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      throw Problem.field("body", message.startsWith("Duplicate field")
          ? message.substring(0, message.indexOf('\n') < 0 ? message.length() : message.indexOf('\n'))
          : "malformed JSON or invalid UTF-8");
    }
  }
}
