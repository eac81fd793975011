package news.akhbar.article;

/** A write aimed at an article that does not exist, or no longer does (retracted). */
public final class MissingArticle extends RuntimeException {

  private final boolean retracted;

  public MissingArticle(long id, boolean retracted) {
    super("article " + id + (retracted ? " was retracted" : " not found"), null, false, false);
    this.retracted = retracted;
  }

  public boolean retracted() {
    return retracted;
  }
}
