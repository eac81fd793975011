package news.akhbar.page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.akhbar.article.Article;

/**
 * The two headlines above a list, chosen from the items shown: the breaking banner (the newest breaking item
 * published in the last {@link #BREAKING_FOR}; none once it is older) and the lead, never the banner's story (the
 * newest other breaking item, else the newest other item; none when the banner's is the only story). webroot/headlines.js chooses them the same way, with the window from the page's rules; banner.jte and
 * lead.jte draw them. The banner is the one part of a page that changes with time alone, so its
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
    Instant ends = breaking == null ? null : breaking.publishedAt().plus(BREAKING_FOR);
    boolean live = ends != null && ends.isAfter(now);
    List<Article> others = live ? shown.stream().filter(a -> a != breaking).toList() : shown;
    Article lead = others.stream().filter(Article::breaking).findFirst()
        .orElse(others.isEmpty() ? null : others.get(0));
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
}
