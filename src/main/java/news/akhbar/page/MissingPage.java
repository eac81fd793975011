package news.akhbar.page;

import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;

/** The pages for an address that shows nothing: 404 (no such article), 410 (withdrawn) and 400 (a broken link). */
final class MissingPage {

  static final String CACHE = "public, max-age=15";

  /** Each status's heading and sentence. */
  private static final Map<Integer, List<String>> TEXTS = Map.of(
      410, List.of("سُحب هذا الخبر", "نشرنا هذا الخبر ثم سحبناه، فلم يعد متاحًا."),
      400, List.of("رابط غير صالح", "هذا الرابط إلى صفحة أخبار أقدم لم يعد صالحًا أو كُتب بشكل غير صحيح."),
      404, List.of("الصفحة غير موجودة", "لا يوجد خبر بهذا العنوان. ربما تغيّر الرابط أو كُتب بشكل غير صحيح."));

  /** What src/main/jte/missing.jte shows. */
  record View(Head head, String heading, String detail) {
  }

  /** Rendered once each: they never change while the server runs. */
  private final Map<Integer, String> pages = Map.of(410, page(410), 400, page(400), 404, page(404));

  /** The 404 of a live page's address whose article has no live coverage. */
  private final String noCoverage = Html.render("missing", new View(Head.arabic("لا توجد تغطية مباشرة — أخبار",
      "noindex", List.of(), null), "لا توجد تغطية مباشرة",
      "لا توجد تغطية مباشرة بهذا العنوان. ربما تغيّر الرابط أو كُتب بشكل غير صحيح."));

  /**
   * Whether a refused page address is answered with a page: a browser asks for HTML; any other client (an app, a
   * script, a crawler's API call) gets the problem+json every other 4xx is, naming the parameter.
   */
  static boolean wantsPage(HttpServerRequest req) {
    String accept = req.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  String noCoverage() {
    return noCoverage;
  }

  String render(int status) {
    return pages.getOrDefault(status, pages.get(404));
  }

  private static String page(int status) {
    List<String> text = TEXTS.get(status);
    return Html.render("missing", new View(Head.arabic(text.get(0) + " — أخبار", "noindex", List.of(), null),
        text.get(0), text.get(1)));
  }
}
