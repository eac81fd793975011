package news.akhbar.page;

import io.vertx.ext.web.Router;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.akhbar.web.CachedResponse;

/**
 * GET /editor/: the newsroom console, rendered through the pages' one layout so that it carries the same rules
 * (title limit, token pattern, page size, date formats) as every other page. It never changes while the server
 * runs, so it is rendered and encoded once.
 */
public final class ConsolePageRoutes {

  private static final String PATH = "/editor/";

  private static final Head HEAD = Head.arabic("غرفة الأخبار — أخبار", "noindex, nofollow",
      List.of("/editor/console.css", "/editor/console-panels.css", "/editor/console-live.css",
          "/editor/vendor/prosemirror.css", "/editor/console-desk.css"),
      "/editor/console.js");

  private final CachedResponse page = new CachedResponse(200,
      Html.render("console", HEAD).getBytes(StandardCharsets.UTF_8), Html.CONTENT_TYPE, "no-cache",
      "c" + Html.VERSION, null).kept();

  /** Mount before the static files, which no longer hold the console. */
  public void mount(Router router) {
    router.getWithRegex("/editor").handler(rc -> rc.redirect(PATH));
    router.get(PATH).handler(rc -> page.send(rc.request()));
    router.get(PATH + "index.html").handler(rc -> rc.redirect(PATH));
  }
}
