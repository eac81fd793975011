package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Main run as its own process, as an operator would start it, with the compose file's old default token. */
class MainRefusesWeakAdminTokenTest {

  @Test
  void theComposeDefaultTokenStopsTheStartWithExitOneAndAMessageNamingTheVariable() throws Exception {
    Path log = Files.createTempFile("akhbar-main", ".log");
    try {
      ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName()))
          .redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("AKHBAR_ADMIN_TOKEN", "change-me");
      // Nothing listens here: had the token been checked after the stores, the message would name this address.
      pb.environment().put("AKHBAR_PG_URL", "postgresql://127.0.0.1:1/akhbar");
      pb.environment().put("AKHBAR_HTTP_PORT", "0");
      Process process = pb.start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Main did not exit");
      String output = Files.readString(log);
      assertEquals(1, process.exitValue(), output);
      assertTrue(output.contains("Akhbar could not start: AKHBAR_ADMIN_TOKEN is a well-known default"), output);
      assertFalse(output.contains("change-me"), "the log repeats the token:\n" + output);
      assertFalse(output.contains("\tat "), "a stack trace instead of a message:\n" + output);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
