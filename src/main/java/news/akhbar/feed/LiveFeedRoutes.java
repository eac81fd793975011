package news.akhbar.feed;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import news.akhbar.article.Excerpts;
import news.akhbar.json.Json;
import news.akhbar.latest.ReadGate;
import news.akhbar.live.CoverageView;
import news.akhbar.live.EntryView;
import news.akhbar.live.LiveReadStore;
import news.akhbar.live.LiveReadStore.LivePage;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.Caching;
import news.akhbar.web.Origins;
import news.akhbar.web.PathIds;
import news.akhbar.web.Problem;

/**
 * GET /live/{slug}/feed.atom and GET /live/{slug}/feed.json: a live coverage's newest 50 entries, newest first, each
 * linking to its place on the live page ({@code #entry-<id>}) with its author; an ended coverage's too. Next to
 * the page they mirror, so its address is the live page's own plus the format. Read from the store, charged to the
 * reader's budget of such reads; the ETag is the body's digest, since a deleted entry changes the feed without a
 * newer time.
 */
public final class LiveFeedRoutes {

  static final String ATOM = "/feed.atom";
  static final String JSON = "/feed.json";

  private final LiveReadStore store;
  private final Origins origins;
  private final ReadGate reads;

  public LiveFeedRoutes(LiveReadStore store, Origins origins, ReadGate reads) {
    this.store = store;
    this.origins = origins;
    this.reads = reads;
  }

  public void mount(Router router) {
    router.get("/live/:slug" + ATOM).handler(rc -> liveFeed(rc, true));
    router.get("/live/:slug" + JSON).handler(rc -> liveFeed(rc, false));
  }

  void liveFeed(RoutingContext rc, boolean atom) {
    String slug = rc.pathParam("slug");
    String origin = origins.of(rc.request());
    reads.sendFromStore(rc, () -> store.bySlug(slug, FeedRoutes.ITEMS, null, 0).map(found -> found
        .map(slugPage -> encode(atom, origin, slugPage.page()))
        .orElseThrow(() -> Problem.notFound("live coverage"))));
  }

  static CachedResponse encode(boolean atom, String origin, LivePage page) {
    byte[] body = body(atom, origin, page);
    return CachedResponse.tagged(body, atom ? "application/atom+xml; charset=utf-8"
        : "application/feed+json; charset=utf-8", Caching.LISTS, "live-");
  }

  static byte[] body(boolean atom, String origin, LivePage page) {
    CoverageView c = page.coverage();
    String home = origin + PathIds.livePath(c.slug());
    List<FeedItem> items = page.items().stream().map(e -> item(home, e)).toList();
    Instant since = c.endedAt() != null ? c.endedAt() : c.startedAt();
    FeedMeta meta = new FeedMeta("tag:akhbar.news,2025:live/" + c.id(), "أخبار — مباشر: " + FeedText.line(c.title()),
        origin, home, home + (atom ? ATOM : JSON), AtomFeed.updated(items, since));
    return atom ? AtomFeed.write(meta, items).getBytes(StandardCharsets.UTF_8) : Json.bytes(JsonFeed.of(meta, items));
  }

  /** An entry as a feed item: its title, or the start of its text when it has none. */
  private static FeedItem item(String home, EntryView e) {
    String title = e.title() != null && !e.title().isBlank() ? e.title() : Excerpts.fromBody(e.body());
    return new FeedItem("tag:akhbar.news,2025:live-entry/" + e.id(), title, home + "#entry-" + e.id(),
        List.of(e.author().name()), null, null, null, null, e.body(), e.publishedAt(), e.updatedAt(), null);
  }

}
