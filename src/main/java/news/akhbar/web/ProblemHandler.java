package news.akhbar.web;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import news.akhbar.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The router's failure handler: every non-2xx leaves as application/problem+json, never a stack trace. */
public final class ProblemHandler implements Handler<RoutingContext> {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final Function<Throwable, Problem> classify;

  /**
   * @param classify turns failures the features recognise (a store that cannot be reached, say) into their problem;
   *     returns null for anything else, which becomes a 500
   */
  public ProblemHandler(Function<Throwable, Problem> classify) {
    this.classify = classify;
  }

  @Override
  public void handle(RoutingContext rc) {
    Problem p = toProblem(rc);
    if (p.status() == 503) {
      log.atWarn().addKeyValue("requestId", RequestIds.of(rc))
          .log("{} {} unavailable [{}]: {}", rc.request().method(), rc.normalizedPath(), RequestIds.of(rc),
              p.getMessage());
    } else if (p.status() >= 500) {
      log.atError().addKeyValue("requestId", RequestIds.of(rc)).setCause(rc.failure())
          .log("{} {} failed [{}]", rc.request().method(), rc.normalizedPath(), RequestIds.of(rc));
    }
    send(rc.response(), p);
  }

  /** Writes the problem as the answer; a response already under way cannot change its status, so it is reset. */
  public static void send(HttpServerResponse res, Problem p) {
    if (res.headWritten()) {
      res.reset();
      return;
    }
    res.setStatusCode(p.status()).putHeader("Content-Type", "application/problem+json; charset=utf-8");
    p.headers().forEach(res::putHeader);
    Buffer body = Json.buffer(body(p));
    res.putHeader("Content-Length", String.valueOf(body.length()));   // said for HEAD too, which sends no body
    res.end(body);
  }

  /** The 500 every unexpected failure becomes: the cause stays in the log, under the request id. */
  public static Problem internal() {
    return Problem.of(500, "internal", "internal error; see the server log for the request id");
  }

  private Problem toProblem(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure instanceof Problem known) {
      return known;
    }
    Problem recognised = failure == null ? null : classify.apply(failure);
    if (recognised != null) {
      return recognised;
    }
    int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
    return switch (status) {
      case 400 -> Problem.field("body", "the request could not be read");
      case 401 -> Problem.unauthorized();
      case 404 -> Problem.notFound("resource");
      case 405 -> Problem.of(405, "method-not-allowed", "method not allowed on this resource");
      case 413 -> Problem.of(413, "payload-too-large", "the request body is over the size limit");
      case 415 -> Problem.of(415, "unsupported-media-type", "send Content-Type: application/json");
      case -1, 500 -> internal();
      default -> status >= 400 && status < 600 ? Problem.of(status, "error", "request failed") : internal();
    };
  }

  private static Map<String, Object> body(Problem p) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://akhbar.news/problems/" + p.type());
    body.put("title", p.type().replace('-', ' '));
    body.put("status", p.status());
    body.put("detail", p.getMessage());
    List<Problem.FieldError> errors = p.errors();
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
