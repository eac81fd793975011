package news.akhbar.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a date shows, defined once: {@link #INTL} names the locale and the Intl.DateTimeFormat options that
 * webroot/arabic-time.js formats with in the reader's own zone (it reads them from the page's rules). Before any
 * script runs, and without one, the page shows the same fields written here in UTC: dd/mm/yyyy in Arabic-Indic
 * digits, and the full date and time in the title attribute.
 */
final class ArabicDates {

  private static final ZoneId SHOWN_ZONE = ZoneId.of("UTC");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SHOWN_ZONE);
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy، HH:mm 'UTC'",
      Locale.forLanguageTag("ar")).withZone(SHOWN_ZONE);

  /** The browser's formats: locale, then the options of the short date and of the full date and time. */
  static final Map<String, Object> INTL = new TreeMap<>(Map.of("locale", "ar-EG",
      "short", new TreeMap<>(Map.of("day", "2-digit", "month", "2-digit", "year", "numeric")),
      "full", new TreeMap<>(Map.of("dateStyle", "full", "timeStyle", "short"))));

  private ArabicDates() {
  }

  /**
   * ٢٩/١١/٢٠٢٦, with a right-to-left mark after the day and the month as the browsers' Intl.DateTimeFormat('ar-EG')
   * writes it, so it reads day first in a right-to-left line before the script rewrites it and after.
   */
  static String shortDate(Instant at) {
    return digits(SHORT.format(at)).replace("/", "\u200f/");
  }

  /** السبت ٢٩ نوفمبر ٢٠٢٦، ٠٤:٠٨ UTC */
  static String fullDate(Instant at) {
    return digits(FULL.format(at));
  }

  /** Western digits in the text made Arabic-Indic (٠١٢٣٤٥٦٧٨٩). */
  static String digits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('٠' + c - '0') : (char) c));
    return out.toString();
  }
}
