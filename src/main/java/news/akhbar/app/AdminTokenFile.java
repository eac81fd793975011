package news.akhbar.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where an admin token generated for this run (no AKHBAR_ADMIN_TOKEN set) is handed over: a file readable by its owner
 * alone (0600), AKHBAR_ADMIN_TOKEN_FILE or ~/.akhbar/admin-token, replaced at every such start. The log names the
 * file and never carries the token itself.
 */
final class AdminTokenFile {

  private AdminTokenFile() {
  }

  static Path of(Map<String, String> env) {
    String set = env.get("AKHBAR_ADMIN_TOKEN_FILE");
    return set == null || set.isBlank() ? Path.of(System.getProperty("user.home"), ".akhbar", "admin-token")
        : Path.of(set.strip());
  }

  /** Writes the token (and a newline) to the file, owner-only from its first byte; returns the file's real path. */
  static Path write(Path file, String token) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(target.getFileName() + ".new");
    Files.deleteIfExists(temp);
    try {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(temp);
    } catch (FileAlreadyExistsException raced) {
      throw new IOException("another start is writing " + temp, raced);
    }
    Files.writeString(temp, token + "\n", StandardCharsets.US_ASCII);
    return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
