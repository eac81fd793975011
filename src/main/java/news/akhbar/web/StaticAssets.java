package news.akhbar.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages' own files (scripts, styles, icons), held in memory once read and encoded once with a gzip variant and
 * a strong ETag, so a wave of new readers (each loading a handful of them) costs no file reads and no compression.
 * A file not held yet is left to the router's static handler this once and read in the background for the next
 * reader. Files are read once per run: a deploy restarts the process.
 */
public final class StaticAssets implements HotRoute {

  private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-]+)+\\.[a-z0-9]{1,5}");
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "html", "text/html; charset=utf-8",
      "png", "image/png", "ico", "image/x-icon", "json", "application/json; charset=utf-8",
      "txt", "text/plain; charset=utf-8", "webmanifest", "application/manifest+json");
  private static final int MAX_FILES = 256;
  private static final int MAX_FILE_BYTES = 1 << 20;
  private static final String CACHE = "public, max-age=60";

  private final Vertx vertx;
  private final String root;
  private final Map<String, CachedResponse> held = new ConcurrentHashMap<>();
  private final Set<String> asked = ConcurrentHashMap.newKeySet();

  /** @param root the pages' directory (AKHBAR_WEBROOT), also looked up on the classpath as Vert.x does */
  public StaticAssets(Vertx vertx, String root) {
    this.vertx = vertx;
    this.root = root;
  }

  /** A path with a dot in its last part: a file's name (ask for it after the routes that own other paths). */
  @Override
  public boolean matches(String path) {
    return path.indexOf('.', path.lastIndexOf('/')) >= 0;
  }

  /** Answers from memory when the file is held; false leaves the request to the router. */
  @Override
  public boolean tryServe(HttpServerRequest req, String path) {
    CachedResponse file = held.get(path);
    if (file != null) {
      file.send(req);
      return true;
    }
    String type = SAFE.matcher(path).matches() ? TYPES.get(path.substring(path.lastIndexOf('.') + 1)) : null;
    if (type != null && held.size() < MAX_FILES && asked.add(path)) {
      // only files held count against MAX_FILES: asking for made-up names must not use the room up
      vertx.fileSystem().readFile(root + path).onComplete(read -> {
        if (read.succeeded() && read.result().length() <= MAX_FILE_BYTES) {
          byte[] bytes = read.result().getBytes();
          held.put(path,
              new CachedResponse(200, bytes, type, CACHE, "f" + Integer.toHexString(Arrays.hashCode(bytes)), null).kept());
        } else {
          asked.remove(path);
        }
      });
    }
    return false;
  }
}
