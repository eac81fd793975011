package news.akhbar.web;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Internals (fenced in arch/): Vert.x hands over a request its HTTP decoder refused with Netty's DecoderResult, and
// the cause's Netty class is the only thing that tells a request line too long (414) from headers too large (431).

/**
 * The answer to a request Vert.x's HTTP decoder refused before any handler: a request line over the server's limit
 * (414, naming "uri"), headers over it (431, naming "headers"), or anything else it could not parse (400, naming
 * "request"). A problem like every other error, then the connection is closed: what follows on it cannot be read.
 * Install as the HTTP server's invalid request handler. A client's mistake: one debug line, no stack trace.
 */
public final class UnreadableRequests implements Handler<HttpServerRequest> {

  private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

  private final int maxLine;
  private final int maxHeaders;

  /** @param options the server's, whose limits the problems state */
  public UnreadableRequests(HttpServerOptions options) {
    this.maxLine = options.getMaxInitialLineLength();
    this.maxHeaders = options.getMaxHeaderSize();
  }

  @Override
  public void handle(HttpServerRequest req) {
    Throwable cause = req.decoderResult().cause();
    Problem problem = problemFor(cause);
    log.debug("refused an unreadable request ({}): {}", problem.status(), String.valueOf(cause));
    refuse(req, problem, true);
  }

  /**
   * Answers a request refused before the router with its problem and the headers every answer carries. Closes an
   * HTTP/1.x connection when asked, or when the request's body is still coming: it will not be read.
   */
  static void refuse(HttpServerRequest req, Problem problem, boolean close) {
    HttpServerResponse res = req.response();
    SecurityHeaders.applyTo(res);
    RequestIds.assign(res);
    boolean closing = (close || !req.isEnded()) && req.version() != HttpVersion.HTTP_2;
    ProblemHandler.send(res, closing ? problem.withHeader("Connection", "close") : problem);
    if (closing) {
      req.connection().close();
    }
  }

  private Problem problemFor(Throwable cause) {
    if (cause instanceof TooLongHttpLineException) {
      return refused(414, "uri-too-long", "uri", "the request line is over " + maxLine + " bytes");
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return refused(431, "header-fields-too-large", "headers", "the headers are over " + maxHeaders + " bytes");
    }
    return refused(400, "malformed-request", "request", "not a well-formed HTTP request");
  }

  private static Problem refused(int status, String type, String part, String message) {
    return new Problem(status, type, part + ": " + message, List.of(new Problem.FieldError(part, message)),
        Map.of());
  }
}
