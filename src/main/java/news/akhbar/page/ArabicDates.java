package news.akhbar.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the pages show them before their script runs: dd/mm/yyyy in Arabic-Indic digits, and the full date and
 * time for the title attribute, in UTC. webroot/arabic-time.js rewrites them in the reader's own zone.
 */
final class ArabicDates {

  private static final ZoneId SHOWN_ZONE = ZoneId.of("UTC");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SHOWN_ZONE);
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy، HH:mm 'UTC'",
      Locale.forLanguageTag("ar")).withZone(SHOWN_ZONE);

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
