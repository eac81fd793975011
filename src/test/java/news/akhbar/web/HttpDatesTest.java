package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one HTTP date formatter writes IMF-fixdate with a two-digit day; the reader takes RFC 9110's three forms. */
class HttpDatesTest {

  @Test
  void aDayOfMonthBelowTenIsWrittenWithTwoDigits() {
    assertEquals("Thu, 03 Dec 2026 10:00:00 GMT", HttpDates.format(Instant.parse("2026-12-03T10:00:00.750Z")));
    assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(Instant.parse("1994-11-06T08:49:37Z")));
  }

  @Test
  void theThreeFormsOfRfc9110AreReadAndAnythingElseIsNoDate() {
    Instant at = Instant.parse("1994-11-06T08:49:37Z");
    assertEquals(at, HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(at, HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
    assertEquals(at, HttpDates.parse("Sun Nov  6 08:49:37 1994"));
    assertEquals(at, HttpDates.parse("Sun, 6 Nov 1994 08:49:37 GMT"));
    assertNull(HttpDates.parse("yesterday"));
    assertNull(HttpDates.parse("Mon, 06 Nov 1994 08:49:37 GMT"));   // the wrong day of the week
    assertNull(HttpDates.parse("Sun, 06 Nov +999999 08:49:37 GMT"));
  }
}
