package news.akhbar.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary files the tests make. */
public final class TestFiles {

  private TestFiles() {
  }

  /** Deletes a directory and everything in it; a leftover is harmless, so failures are ignored. */
  public static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // already gone, or a temp directory left behind
    }
  }
}
