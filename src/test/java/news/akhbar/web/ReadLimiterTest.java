package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The bucket arithmetic and the bound on the table of addresses, with the clock in the test's hands. */
class ReadLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstOfTheBudgetThenOneReadPerShareOfTheMinute() {
    ReadLimiter limiter = new ReadLimiter("searches", 6, new ClientAddress(false, 1), 100);
    for (int i = 0; i < 6; i++) {
      limiter.take("203.0.113.7", 0);
    }
    Problem over = assertThrows(Problem.class, () -> limiter.take("203.0.113.7", 0));
    assertEquals(429, over.status());
    assertEquals("10", over.headers().get("Retry-After"), "one of six a minute comes back after 10 s");
    assertDoesNotThrow(() -> limiter.take("203.0.113.7", 10 * SECOND));
    assertThrows(Problem.class, () -> limiter.take("203.0.113.7", 10 * SECOND));
  }

  @Test
  void pastTheBoundIdleAddressesAreDroppedAndNewOnesShareOneBucketUntilThereIsRoom() {
    ReadLimiter limiter = new ReadLimiter("searches", 2, new ClientAddress(false, 1), 2);
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 2 * SECOND);   // a and b have not refilled: c goes to the shared bucket
    limiter.take("d", 2 * SECOND);
    assertThrows(Problem.class, () -> limiter.take("e", 2 * SECOND), "the shared bucket is spent");
    assertEquals(3, limiter.addresses());

    limiter.take("f", 120 * SECOND);   // everything has refilled: swept, and f gets its own bucket
    assertEquals(1, limiter.addresses());
  }

  @Test
  void aZeroBudgetMeansNoLimit() {
    ReadLimiter limiter = new ReadLimiter("searches", 0, new ClientAddress(false, 1), 1);
    for (int i = 0; i < 1_000; i++) {
      limiter.take("203.0.113.7", 0);
    }
    assertEquals(0, limiter.addresses(), "nothing is tracked");
  }
}
