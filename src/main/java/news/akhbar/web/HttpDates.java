package news.akhbar.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * HTTP dates (RFC 9110 §5.6.7): the one formatter for every date the server writes, IMF-fixdate with its two-digit
 * day ({@code Thu, 03 Dec 2026 10:00:00 GMT}); and a reader of the three forms a client may send (IMF-fixdate, the
 * obsolete RFC 850 and asctime forms), which takes anything else for no date at all.
 */
public final class HttpDates {

  /** IMF-fixdate. Java's RFC_1123_DATE_TIME writes a one-digit day (Thu, 3 Dec 2026), which RFC 9110 does not allow. */
  static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  /** Sunday, 06-Nov-94 08:49:37 GMT: a two-digit year more than 50 years ahead is the last century's. */
  private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
      .appendPattern("EEEE, dd-MMM-")
      .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
      .appendPattern(" HH:mm:ss 'GMT'")
      .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
  /** Sun Nov  6 08:49:37 1994. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);
  private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME);
  /** The date headers a handler not ours (the static file handler) may write in another shape. */
  private static final List<CharSequence> WRITTEN = List.of(HttpHeaders.LAST_MODIFIED, HttpHeaders.DATE,
      HttpHeaders.EXPIRES);

  private HttpDates() {
  }

  public static String format(Instant at) {
    return IMF_FIXDATE.format(at);
  }

  /** The instant a client's date names; null when it is none of the three forms (a header to ignore). */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    for (DateTimeFormatter form : READ) {
      try {
        return ZonedDateTime.parse(text.strip(), form).toInstant();
      } catch (DateTimeException e) {
        // not this form: try the next
      }
    }
    return null;
  }

  /** Before a handler that writes its own date headers: rewrites them as IMF-fixdate when the headers go out. */
  public static void rewriteWritten(RoutingContext rc) {
    MultiMap headers = rc.response().headers();
    rc.addHeadersEndHandler(v -> {
      for (CharSequence name : WRITTEN) {
        Instant at = parse(headers.get(name));
        if (at != null) {
          headers.set(name, format(at));
        }
      }
    });
    rc.next();
  }
}
