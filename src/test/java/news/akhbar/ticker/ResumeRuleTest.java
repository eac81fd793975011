package news.akhbar.ticker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one rule that decides whether a reader may resume, from the ring or from the store. */
class ResumeRuleTest {

  private static final long NOW = 10_000_000;
  private final ResumeRule rule = new ResumeRule(Duration.ofSeconds(60), 100);

  @Test
  void allowsARecentResumePointWithinTheLimit() {
    assertTrue(rule.allows(50, 150, NOW - 59_000, NOW));
  }

  @Test
  void refusesAResumePointAheadOfTheHead() {
    assertFalse(rule.allows(151, 150, NOW, NOW));
  }

  @Test
  void refusesAGapWiderThanTheReplayLimit() {
    assertFalse(rule.allows(49, 150, NOW, NOW));
  }

  @Test
  void refusesAResumePointOlderThanTheWindow() {
    assertFalse(rule.allows(50, 150, NOW - 61_000, NOW));
  }

  @Test
  void refusesAResumePointThatIsGone() {
    assertFalse(rule.allows(50, 150, ResumeRule.GONE, NOW));
  }

  @Test
  void allowsResumingFromNothingBeforeAnythingWasPublished() {
    assertTrue(rule.allows(0, 0, ResumeRule.GONE, NOW));
  }
}
