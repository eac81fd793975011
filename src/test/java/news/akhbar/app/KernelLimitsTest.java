package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits a reconnect wave meets, read as the kernel writes them; one warning per limit too low, none otherwise. */
class KernelLimitsTest {

  private static final String LIMITS = """
      Limit                     Soft Limit           Hard Limit           Units
      Max cpu time              unlimited            unlimited            seconds
      Max open files            1024                 524288               files
      Max locked memory         8388608              8388608              bytes
      """;

  @Test
  void readsTheSoftOpenFileLimitOfProcLimits() {
    assertEquals(1024, KernelLimits.openFiles(LIMITS));
    assertEquals(-1, KernelLimits.openFiles("Max open files            unlimited            unlimited            files"));
    assertEquals(-1, KernelLimits.openFiles(""));
  }

  @Test
  void warnsOfEachLimitTooLowForAWaveWithItsFix() {
    List<String> warnings = new KernelLimits(1024, 128).warnings();

    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("open-file limit is 1024: this instance holds at most about 974 readers"),
        warnings.get(0));
    assertTrue(warnings.get(1).startsWith("net.core.somaxconn is 128: in a reconnect wave"), warnings.get(1));
    assertTrue(warnings.get(1).contains("sysctl -w net.core.somaxconn=4096"), warnings.get(1));
  }

  @Test
  void enoughOrUnknownWarnsOfNothing() {
    assertEquals(List.of(), new KernelLimits(20_000, 4096).warnings());
    assertEquals(List.of(), new KernelLimits(-1, -1).warnings());
  }

  @Test
  void thisProcessIsReadFromProc() throws Exception {
    KernelLimits here = KernelLimits.ofThisProcess();
    assertTrue(here.openFiles() > 0, here.toString());
    // as sysctl prints it: a four-byte number read whole, not its first digit
    assertEquals(Long.parseLong(Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).get(0).trim()),
        here.somaxconn());
  }
}
