package news.akhbar.page;

import java.util.Map;

/** The pages for an address that shows nothing: 404 (no such article), 410 (withdrawn) and 400 (a broken link). */
final class MissingPage {

  static final String CACHE = "public, max-age=15";

  private final String template = Html.template("/page/missing.html");

  String render(int status) {
    String heading;
    String detail;
    switch (status) {
      case 410 -> {
        heading = "سُحب هذا الخبر";
        detail = "نشرنا هذا الخبر ثم سحبناه، فلم يعد متاحًا.";
      }
      case 400 -> {
        heading = "رابط غير صالح";
        detail = "هذا الرابط إلى صفحة أخبار أقدم لم يعد صالحًا أو كُتب بشكل غير صحيح.";
      }
      default -> {
        heading = "الصفحة غير موجودة";
        detail = "لا يوجد خبر بهذا العنوان. ربما تغيّر الرابط أو كُتب بشكل غير صحيح.";
      }
    }
    return Html.fill(template, Map.of("heading", heading, "detail", detail));
  }
}
