package news.akhbar.contract;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import news.akhbar.contract.FuzzClient.Answer;
import news.akhbar.support.ContractCheck;

/**
 * Judges one answer to a fuzzed request: no 5xx; every 4xx a problem+json that names what was wrong; a status and body
 * the document lists for the operation; nothing the document rules out accepted; a wrong method answered 405 with
 * Allow; a body far over the limit not read to its end; feeds well-formed XML; HTTP dates in IMF-fixdate; and no stack
 * trace (and at most one line) in the log for a client's mistake.
 */
final class FuzzOracle {

  /** One thing wrong: {@code kind} groups findings, {@code key} makes them distinct. */
  record Finding(String kind, String key, String message) {
  }

  private static final Pattern IMF_FIXDATE = Pattern.compile(
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

  private final ContractCheck contract;

  FuzzOracle(ContractCheck contract) {
    this.contract = contract;
  }

  List<Finding> judge(FuzzRequest req, Answer ans, List<ILoggingEvent> logged) {
    List<Finding> found = new ArrayList<>();
    String op = req.operationId();
    int status = ans.status();
    if (status == 0) {
      found.add(new Finding("no answer", op, ans.failure()));
      return found;
    }
    String type = ContractCheck.mediaType(ans.headers().get("Content-Type"));
    String where = op + " " + status;
    if (status >= 500) {
      found.add(new Finding("5xx", where, "answered " + status));
    }
    String path = req.target().contains("?") ? req.target().substring(0, req.target().indexOf('?')) : req.target();
    if (status >= 400 && status < 500 && !documentedHtmlError(req, path, status, type)) {
      List<String> wrong = contract.problemMismatches(req.method() + " " + op, status, type, ans.body());
      if (!wrong.isEmpty()) {
        found.add(new Finding("4xx is no Problem", status + " " + type, wrong.get(0)));
      } else if (!namesWhatWasWrong(ans.body().toJsonObject())) {
        found.add(new Finding("4xx names nothing", where, "neither detail nor errors[].field says what was wrong"));
      }
    }
    if (req.wrongMethod() && (status != 405 || ans.headers().get("Allow") == null)) {
      found.add(new Finding("wrong method not 405 with Allow", String.valueOf(status),
          "answered " + status + (ans.headers().get("Allow") == null ? " without Allow" : "")));
    }
    if (!req.wrongMethod() && status < 500 && found.isEmpty()) {
      for (String m : contract.mismatches(HttpMethod.valueOf(req.method()), path, status, ans.headers(), ans.body())) {
        String gist = m.replaceAll("\\d{3,}", "N").replaceAll("\\s+", " ");
        found.add(new Finding("contract", where + " " + gist.substring(0, Math.min(160, gist.length())), m));
      }
    }
    if (req.ruledOut() != null && status >= 200 && status < 300) {
      found.add(new Finding("accepted what the document rules out", op + " " + req.ruledOut().replaceAll("\\d+", "N"),
          "answered " + status + " to: " + req.ruledOut()));
    }
    if (req.declaredLength() != null && !ans.closed()) {
      found.add(new Finding("refused body read on", String.valueOf(status), op + " answered " + status + " but kept the connection open"));
    }
    checkXml(found, where, type, ans);
    for (String header : List.of("Last-Modified", "Date", "Expires")) {
      String value = ans.headers().get(header);
      if (value != null && !IMF_FIXDATE.matcher(value).matches()) {
        found.add(new Finding("HTTP date not IMF-fixdate", header, op + " " + header + ": " + value));
      }
    }
    checkLog(found, where, status, logged);
    return found;
  }

  /** Pages answer their documented HTML error pages (404, 410); anything else 4xx is a Problem. */
  private boolean documentedHtmlError(FuzzRequest req, String path, int status, String type) {
    if (!"text/html".equals(type)) {
      return false;
    }
    return contract.operation(HttpMethod.valueOf(req.method()), path).map(op -> contract.response(op, status))
        .map(r -> r.getJsonObject("content", new JsonObject()).containsKey("text/html")).orElse(false);
  }

  private static boolean namesWhatWasWrong(JsonObject problem) {
    String detail = problem.getString("detail");
    if (detail != null && !detail.isBlank()) {
      return true;
    }
    JsonArray errors = problem.getJsonArray("errors", new JsonArray());
    return errors.stream().anyMatch(e -> e instanceof JsonObject err && !err.getString("field", "").isBlank());
  }

  private static void checkXml(List<Finding> found, String where, String type, Answer ans) {
    if (type == null || !(type.endsWith("/xml") || type.endsWith("+xml")) || ans.body().length() == 0) {
      return;
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(ans.body().getBytes()));
    } catch (Exception e) {
      found.add(new Finding("XML not well-formed", where, String.valueOf(e.getMessage())));
    }
  }

  private static void checkLog(List<Finding> found, String where, int status, List<ILoggingEvent> logged) {
    if (status >= 500) {
      return;
    }
    for (ILoggingEvent event : logged) {
      if (event.getThrowableProxy() != null) {
        found.add(new Finding("stack trace in the log", event.getLoggerName() + " "
            + event.getThrowableProxy().getClassName(),
            event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage() + " — "
                + event.getThrowableProxy().getClassName()));
        return;
      }
    }
    long lines = logged.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).count();
    if (status >= 400 && lines > 1) {
      found.add(new Finding("more than one log line for a client's mistake", where,
          lines + " lines, first: " + logged.get(0).getFormattedMessage().toLowerCase(Locale.ROOT)));
    }
  }
}
