package news.akhbar.page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.web.PathIds;

/**
 * The two headlines above a list, chosen as webroot/headlines.js chooses them from the items shown: the lead (the
 * newest breaking item, else the newest) and the breaking banner (the newest breaking item published in the last
 * six hours; none once it is older). The banner is the one part of a page that changes with time alone, so its
 * choice is part of the key a page is kept under, and the moment it went away counts as a modification.
 *
 * @param lead null when nothing is shown
 * @param banner null when there is no banner
 * @param changedAt when the headlines last changed: the list's own time, or the banner's end if later
 */
record Headlines(Article lead, Article banner, Instant changedAt) {

  static final Duration BREAKING_FOR = Duration.ofHours(6);

  static Headlines of(List<Article> shown, Instant listModified, Instant now) {
    Article breaking = shown.stream().filter(Article::breaking).findFirst().orElse(null);
    Article lead = breaking != null ? breaking : shown.isEmpty() ? null : shown.get(0);
    Instant ends = breaking == null ? null : breaking.publishedAt().plus(BREAKING_FOR);
    boolean live = ends != null && ends.isAfter(now);
    Instant changedAt = listModified;
    if (ends != null && !live && (changedAt == null || ends.isAfter(changedAt))) {
      changedAt = ends;
    }
    return new Headlines(lead, live ? breaking : null, changedAt);
  }

  /** What tells this banner apart in a key or a tag: the item's id, or "-" for none. */
  String bannerId() {
    return banner == null ? "-" : banner.id();
  }

  /** #breaking: the banner, hidden when there is none. */
  String bannerHtml() {
    if (banner == null) {
      return "<div id=\"breaking\" class=\"breaking-banner\" role=\"region\" aria-label=\"خبر عاجل\" lang=\"ar\" "
          + "dir=\"rtl\" hidden>\n    <span class=\"badge\">عاجل</span>\n"
          + "    <a class=\"title\" href=\"/\"></a>\n  </div>";
    }
    return "<div id=\"breaking\" class=\"breaking-banner\" role=\"region\" aria-label=\"خبر عاجل\" lang=\"ar\" "
        + "dir=\"rtl\" data-id=\"" + Html.escape(banner.id()) + "\">\n    <span class=\"badge\">عاجل</span>\n"
        + "    <a class=\"title\" href=\"" + Html.escape(PathIds.articlePath(banner.slug())) + "\">"
        + Html.escape(banner.title()) + "</a>\n  </div>";
  }

  /** #lead: the top story of the front page, hidden when the list is empty. */
  String leadHtml() {
    if (lead == null) {
      return "<article id=\"lead\" class=\"lead\" hidden>\n        <p class=\"lead-kicker\"><span class=\"badge\">"
          + "عاجل</span></p>\n        <h2 class=\"lead-title\"><a href=\"/\"></a></h2>\n"
          + "        <p class=\"lead-excerpt\"></p>\n        <p class=\"meta\"><time class=\"date\"></time>"
          + "<span class=\"ago\"></span><span class=\"source\"></span></p>\n      </article>";
    }
    return "<article id=\"lead\" class=\"lead\" data-id=\"" + Html.escape(lead.id()) + "\">\n"
        + "        <p class=\"lead-kicker\"" + (lead.breaking() ? "" : " hidden") + "><span class=\"badge\">عاجل"
        + "</span></p>\n        <h2 class=\"lead-title\"><a href=\"" + Html.escape(PathIds.articlePath(lead.slug()))
        + "\">" + Html.escape(lead.title()) + "</a></h2>\n        <p class=\"lead-excerpt\">"
        + Html.escape(lead.excerpt()) + "</p>\n        <p class=\"meta\">" + ListItems.meta(lead) + "</p>\n"
        + "      </article>";
  }
}
