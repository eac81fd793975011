package news.akhbar.live;

/** A live write the store refused, as a kind; the routes turn it into a problem. Rolls the transaction back. */
public final class LiveRefusal extends RuntimeException {

  /** Why the write was refused. */
  public enum Kind { NO_ARTICLE, ALREADY_LIVE, NO_COVERAGE, ENDED, NO_ENTRY }

  private final Kind kind;

  LiveRefusal(Kind kind, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
