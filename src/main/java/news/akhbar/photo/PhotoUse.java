package news.akhbar.photo;

/**
 * One place a photo shows, which keeps it from being deleted.
 *
 * @param kind "article" (published or retracted) or "scheduled"
 * @param id the article's or the scheduled item's id
 * @param slug the article's slug (null for a scheduled item)
 * @param lead true when it is the lead photo, false when the body embeds it
 */
public record PhotoUse(String kind, long id, String slug, boolean lead) {

  /** How the 409 names it, e.g. «article 12 (slug افتتاح-الجسر): lead photo». */
  String describe() {
    return kind + " " + id + (slug == null ? "" : " (slug " + slug + ")")
        + (lead ? ": lead photo" : ": embedded in the body");
  }
}
