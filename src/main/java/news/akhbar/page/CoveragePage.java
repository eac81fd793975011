package news.akhbar.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.json.Json;
import news.akhbar.live.EntryView;
import news.akhbar.live.LiveReadStore;
import news.akhbar.web.PathIds;

/**
 * Renders a coverage's live page (src/main/jte/live.jte) and its starting state for webroot/live.js: the
 * {@value #STATE_ID} data block {coverageId, live, lastEventId, next, older}, from which the script opens
 * {@code /api/v1/stream?coverage=<id>} so that nothing falls between the page and the stream.
 */
final class CoveragePage {

  static final String STATE_ID = "live-state";
  static final String PREFIX = "/live/";
  /** Key events the box on top lists at most. */
  static final int KEY_EVENTS = 50;
  /** The entry every new one is built from in the browser (live.js): every optional part present. */
  static final EntryView PROTOTYPE = new EntryView("", "", "-", "", new EntryView.Byline("-"), Instant.EPOCH,
      Instant.EPOCH, true, true, true, "0");
  static final LiveBlogView.KeyLink KEY_PROTOTYPE = new LiveBlogView.KeyLink("", "-", Instant.EPOCH);

  /** The page's own address: origin plus /live/ and the slug percent-encoded as UTF-8. */
  static String path(String slug) {
    return PREFIX + PathIds.encode(slug);
  }

  /** @param before the cursor this page starts after, null for the newest */
  String render(Article a, LiveReadStore.SlugPage found, String origin, String before) {
    LiveReadStore.LivePage page = found.page();
    String path = path(a.slug());
    String url = origin + path;
    List<EntryView> items = page.items().stream().filter(e -> !e.pinned()).toList();
    List<EntryView> shown = new ArrayList<>(items.size() + 1);
    if (page.pinned() != null) {
      shown.add(page.pinned());
    }
    shown.addAll(items);
    List<LiveBlogView.KeyLink> keys = found.keyEvents().stream()
        .map(e -> new LiveBlogView.KeyLink(e.id(), EntryText.headline(e), e.publishedAt())).toList();
    String next = page.next() == null ? null : page.next().encode();
    String moreHref = next == null ? null : path + "?before=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    String lang = a.lang() == null ? "ar" : a.lang();
    String title = (page.coverage().live() ? "مباشر: " : "") + a.title() + " — " + ArticlePage.SITE_NAME;
    Head head = Head.arabic(title, before == null ? null : "noindex, follow",
        List.of("/list.css", "/pages.css", "/live.css"), "/live.js");
    String topicHref = "/?topic=" + URLEncoder.encode(String.valueOf(a.topic()), StandardCharsets.UTF_8);
    return Html.render("live", new LiveBlogView(head, a, url, ArticlePage.locale(lang), TopicNames.of(a.topic()),
        topicHref, page.coverage(), page.pinned(), items, keys, moreHref,
        LiveBlogLd.of(a, page.coverage(), shown, url), state(page, next, before != null)));
  }

  /** @param older a page of older entries (?before=), which the stream does not keep */
  private static String state(LiveReadStore.LivePage page, String next, boolean older) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("coverageId", page.coverage().id());
    state.put("live", page.coverage().live());
    state.put("lastEventId", Long.toString(page.lastEventId()));
    state.put("next", next);
    state.put("older", older);
    return PageState.scriptSafe(Json.string(state));
  }
}
