package news.akhbar.ticker;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The retry: hints that tell browsers when to come back, spread so that thousands of readers cut off at the same
 * instant (a restart, a burst that overflows many slow readers) do not all return in the same instant. A stream's
 * opening carries one of a few fixed values (few, so that readers resuming together still share one encoded
 * opening); a stream ended on purpose gets a value of its own.
 */
final class RetryHints {

  /** Openings use one of these many values, OPENING_STEP apart from OPENING_BASE. */
  static final int OPENING_VALUES = 8;
  static final int OPENING_BASE = 1_000;
  static final int OPENING_STEP = 500;

  private final int goodbyeBase;
  private final int goodbyeSpread;

  /**
   * @param goodbyeBase the shortest delay given to a stream the server ends (SIGTERM)
   * @param goodbyeSpread goodbye delays are spread uniformly over this many milliseconds above the base
   */
  RetryHints(int goodbyeBase, int goodbyeSpread) {
    this.goodbyeBase = goodbyeBase;
    this.goodbyeSpread = goodbyeSpread;
  }

  /** For a stream's opening: 1,000 to 4,500 ms, in steps of 500. */
  static int opening() {
    return OPENING_BASE + OPENING_STEP * ThreadLocalRandom.current().nextInt(OPENING_VALUES);
  }

  /** For a stream the server ends on purpose. */
  int goodbye() {
    return goodbyeBase + (goodbyeSpread <= 0 ? 0 : ThreadLocalRandom.current().nextInt(goodbyeSpread + 1));
  }
}
