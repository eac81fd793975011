package news.akhbar.contract;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request. {@code ruledOut} names why the document forbids it (it must not be answered 2xx), or is null
 * for a request the document allows; {@code wrongMethod} marks a method the path does not answer (405 with Allow).
 */
record FuzzRequest(String operationId, String method, String target, Map<String, String> headers, byte[] body,
    String declaredLength, String ruledOut, boolean wrongMethod) {

  /** The request as a reader can replay it (bodies clipped). */
  String show() {
    StringBuilder text = new StringBuilder(method).append(' ').append(clip(target, 300));
    headers.forEach((k, v) -> text.append(" | ").append(k).append(": ").append(clip(v, 80)));
    if (declaredLength != null) {
      text.append(" | Content-Length: ").append(declaredLength);
    }
    if (body != null) {
      text.append(" | body (").append(body.length).append(" B): ")
          .append(clip(new String(body, StandardCharsets.UTF_8), 200));
    }
    if (ruledOut != null) {
      text.append(" [ruled out: ").append(ruledOut).append(']');
    }
    return text.toString();
  }

  private static String clip(String text, int max) {
    String shown = text.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\n", "\\n");
    return shown.length() > max ? shown.substring(0, max) + "…(" + text.length() + " chars)" : shown;
  }
}
