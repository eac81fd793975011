package news.akhbar.live;

import java.util.List;
import java.util.Map;
import news.akhbar.web.Problem;

/** A refused live write as the problem the editor gets, naming the path parameter it is about. */
final class LiveProblems {

  private LiveProblems() {
  }

  static Throwable of(Throwable err) {
    if (!(err instanceof LiveRefusal refusal)) {
      return err;
    }
    return switch (refusal.kind()) {
      case NO_ARTICLE -> problem(404, "not-found", "articleId", "article not found");
      case ALREADY_LIVE -> problem(409, "already-live", "articleId", refusal.getMessage());
      case NO_COVERAGE -> problem(404, "not-found", "coverageId", "live coverage not found");
      case ENDED -> problem(409, "coverage-ended", "coverageId", "live coverage has ended");
      case NO_ENTRY -> problem(404, "not-found", "entryId", "live entry not found");
    };
  }

  private static Problem problem(int status, String type, String field, String detail) {
    return new Problem(status, type, detail, List.of(new Problem.FieldError(field, detail)), Map.of());
  }
}
