package news.akhbar.support;

import java.util.function.BooleanSupplier;

/** Waits for a condition, not for time: polls it until it holds or the bound passes. */
public final class Eventually {

  private Eventually() {
  }

  /** True as soon as the condition holds; false if it still does not after the given seconds. */
  public static boolean within(int seconds, BooleanSupplier condition) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
