package news.akhbar.page;

import io.vertx.ext.web.Router;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.akhbar.topic.DisplayNames;
import news.akhbar.topic.NamedTopics;
import news.akhbar.web.CachedResponse;

/**
 * GET /editor/: the newsroom console, rendered through the pages' one layout so that it carries the same rules
 * (title limit, token pattern, page size, date formats, the topics' names) as every other page. Only a topic's new
 * name changes it while the server runs, so it is rendered and encoded once per set of names.
 */
public final class ConsolePageRoutes {

  private static final String PATH = "/editor/";

  private static final Head HEAD = Head.arabic("غرفة الأخبار — أخبار", "noindex, nofollow",
      List.of("/editor/console.css", "/editor/console-panels.css", "/editor/console-live.css",
          "/editor/vendor/prosemirror.css", "/editor/console-desk.css", "/editor/console-topics.css"),
      "/editor/console.js");

  /** The page as encoded for one set of names. */
  private record Encoded(DisplayNames names, CachedResponse page) {}

  private final NamedTopics names;
  private volatile Encoded encoded;

  public ConsolePageRoutes(NamedTopics names) {
    this.names = names;
  }

  /** Mount before the static files, which no longer hold the console. */
  public void mount(Router router) {
    router.getWithRegex("/editor").handler(rc -> rc.redirect(PATH));
    router.get(PATH).handler(rc -> page().send(rc.request()));
    router.get(PATH + "index.html").handler(rc -> rc.redirect(PATH));
  }

  private CachedResponse page() {
    DisplayNames now = names.now();
    Encoded done = encoded;
    if (done == null || done.names() != now) {
      byte[] html = TopicNames.rendering(now, () -> Html.render("console", HEAD)).getBytes(StandardCharsets.UTF_8);
      done = new Encoded(now, CachedResponse.tagged(html, Html.CONTENT_TYPE, "no-cache", "c" + Html.VERSION + "-")
          .kept());
      encoded = done;
    }
    return done.page();
  }
}
