package news.akhbar.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a run has set up and must undo even when it fails or the watchdog ends it (the server, its database, nginx,
 * temporary files): closed newest first, each once, from the run's end or from the shutdown hook.
 */
final class Teardown {

  private final Deque<AutoCloseable> steps = new ArrayDeque<>();

  synchronized <T extends AutoCloseable> T add(T step) {
    steps.push(step);
    return step;
  }

  /** Closes everything added so far, newest first; a step that fails is reported and the rest still run. */
  synchronized void close() {
    while (!steps.isEmpty()) {
      try {
        steps.pop().close();
      } catch (Exception e) {
        System.err.println("cleanup: " + e);
      }
    }
  }
}
