package news.akhbar.web;

import java.util.List;
import java.util.Map;

/** The one error-carrying exception: becomes an application/problem+json reply in {@link ProblemHandler}. */
public final class Problem extends RuntimeException {

  /** One invalid field of a request body or query. */
  public record FieldError(String field, String message) {}

  private final int status;
  private final String type;
  private final List<FieldError> errors;
  private final Map<String, String> headers;

  public Problem(int status, String type, String detail, List<FieldError> errors, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  public static Problem field(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static Problem invalid(List<FieldError> errors) {
    String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
    return new Problem(400, "invalid-field", detail, errors, Map.of());
  }

  public static Problem of(int status, String type, String detail) {
    return new Problem(status, type, detail, List.of(), Map.of());
  }

  public static Problem unauthorized() {
    return new Problem(401, "unauthorized", "a valid bearer token is required",
        List.of(), Map.of("WWW-Authenticate", "Bearer realm=\"akhbar\""));
  }

  public static Problem notFound(String what) {
    return of(404, "not-found", what + " not found");
  }

  public static Problem unavailable(String detail) {
    return new Problem(503, "unavailable", detail, List.of(), Map.of("Retry-After", "2"));
  }

  public Problem withHeader(String name, String value) {
    Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new Problem(status, type, getMessage(), errors, more);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
