package news.akhbar.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import news.akhbar.json.Json;

/** A request's JSON body, read with the one mapper; what cannot be read is a 400 problem naming the body. */
public final class JsonBody {

  private JsonBody() {
  }

  /** Parses a request body; malformed JSON or invalid UTF-8 become a 400 problem naming the body. */
  public static JsonNode tree(Buffer body) {
    if (body == null || body.length() == 0) {
      throw Problem.field("body", "a JSON object is required");
    }
    try {
      return Json.MAPPER.readTree(body.getBytes());
    } catch (IOException e) {
      throw Problem.field("body", "malformed JSON or invalid UTF-8");
    }
  }
}
