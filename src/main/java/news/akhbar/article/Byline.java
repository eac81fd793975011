package news.akhbar.article;

import java.util.List;

/**
 * One name an article is credited to, as its byline shows it: a person or an organization (a wire agency), typed as
 * schema.org types a NewsArticle's author.
 *
 * @param name the name readers see
 * @param type {@link #PERSON} or {@link #ORGANIZATION}
 */
public record Byline(String name, String type) {

  public static final String PERSON = "Person";
  public static final String ORGANIZATION = "Organization";
  /** The newsroom as a whole: what the admin token's articles are credited to unless they name someone. */
  public static final Byline DESK = new Byline("فريق التحرير", ORGANIZATION);
  /** Who an article that names nobody (one written before bylines) is credited to: the site itself. */
  public static final List<Byline> FALLBACK = List.of(new Byline("أخبار", ORGANIZATION));
}
