package news.akhbar.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.akhbar.article.Article;

/**
 * Renders the article page and the 404/410 pages from the templates in resources/page/. Every value is HTML-escaped
 * except the body, which the editor API cleaned with a jsoup safelist before it was stored.
 */
final class ArticlePage {

  static final String SITE_NAME = "أخبار";
  private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "ps", "ku");
  private static final Map<String, String> LOCALES = Map.of("ar", "ar_AR", "en", "en_US", "tr", "tr_TR",
      "fr", "fr_FR", "fa", "fa_IR", "ur", "ur_PK");
  /** Without JavaScript the date shows in this zone; the page's script rewrites it in the reader's own. */
  private static final ZoneId SHOWN_ZONE = ZoneId.of("UTC");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SHOWN_ZONE);
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy، HH:mm 'UTC'",
      Locale.forLanguageTag("ar")).withZone(SHOWN_ZONE);

  private final String articleTemplate = read("/page/article.html");
  private final String missingTemplate = read("/page/missing.html");
  /** Part of the ETag, so a deploy that changes the page is not answered with 304 from the old one. */
  final String version = Integer.toHexString(articleTemplate.hashCode());

  /** The page's own address: origin plus /a/ and the slug percent-encoded as UTF-8, as the feeds link it. */
  static String url(String origin, String slug) {
    return origin + "/a/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
  }

  String article(Article a, String origin) {
    String url = url(origin, a.slug());
    String lang = a.lang() == null ? "ar" : a.lang();
    Map<String, String> v = new HashMap<>();
    v.put("lang", Html.escape(lang));
    v.put("dir", RTL.contains(lang) ? "rtl" : "ltr");
    v.put("locale", LOCALES.getOrDefault(lang, Html.escape(lang)));
    v.put("id", Html.escape(a.id()));
    v.put("title", Html.escape(a.title()));
    v.put("description", Html.escape(a.excerpt()));
    v.put("url", Html.escape(url));
    v.put("published", a.publishedAt().toString());
    v.put("modified", modified(a).toString());
    v.put("section", Html.escape(TopicNames.of(a.topic())));
    v.put("topicParam", Html.escape(URLEncoder.encode(String.valueOf(a.topic()), StandardCharsets.UTF_8)));
    v.put("publishedShown", arabicDigits(SHORT.format(a.publishedAt())));
    v.put("publishedFull", Html.escape(arabicDigits(FULL.format(a.publishedAt()))));
    v.put("jsonld", NewsArticleLd.of(a, url, SITE_NAME));
    v.put("body", a.body() == null ? "" : a.body());
    v.put("sourceLine", a.source() == null || a.source().isBlank() ? ""
        : "<p class=\"story-source\" lang=\"ar\" dir=\"rtl\">المصدر| " + Html.escape(a.source()) + "</p>");
    return Html.fill(articleTemplate, v);
  }

  /** 404: no article has this address; 410: it was published and then withdrawn. */
  String missing(int status) {
    boolean gone = status == 410;
    return Html.fill(missingTemplate, Map.of(
        "heading", gone ? "سُحب هذا الخبر" : "الصفحة غير موجودة",
        "detail", gone ? "نشرنا هذا الخبر ثم سحبناه، فلم يعد متاحًا."
            : "لا يوجد خبر بهذا العنوان. ربما تغيّر الرابط أو كُتب بشكل غير صحيح."));
  }

  static String arabicDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('٠' + c - '0') : (char) c));
    return out.toString();
  }

  static Instant modified(Article a) {
    return a.updatedAt() != null ? a.updatedAt() : a.publishedAt();
  }

  private static String read(String resource) {
    try (InputStream in = ArticlePage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
