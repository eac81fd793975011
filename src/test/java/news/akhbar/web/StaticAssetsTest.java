package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.Eventually;
import org.junit.jupiter.api.Test;

/** The pages' scripts and styles come from memory once read: gzipped ahead, with a strong ETag and a 304. */
class StaticAssetsTest extends AppTest {

  @Test
  void aScriptIsServedFromMemoryGzippedAndRevalidated() throws Exception {
    byte[] file = Files.readAllBytes(Path.of("webroot", "ticker.js"));
    assertTrue(Eventually.within(5, () -> String.valueOf(get("/ticker.js", "identity").getHeader("ETag"))
        .startsWith("\"f")), "the script never came from memory");
    HttpResponse<Buffer> plain = get("/ticker.js", "identity");
    assertArrayEquals(file, plain.body().getBytes());
    assertEquals("text/javascript; charset=utf-8", plain.getHeader("Content-Type"));
    assertTrue(plain.getHeader("Content-Security-Policy").contains("script-src 'self'"));

    HttpResponse<Buffer> gzipped = get("/ticker.js", "gzip");
    assertEquals("gzip", gzipped.getHeader("Content-Encoding"));
    assertArrayEquals(file, new GZIPInputStream(new ByteArrayInputStream(gzipped.body().getBytes())).readAllBytes());
    assertTrue(gzipped.body().length() < file.length / 2, "gzip saved little: " + gzipped.body().length());
    assertEquals(304, Await.of(app.web().get(app.port(), "127.0.0.1", "/ticker.js")
        .putHeader("If-None-Match", plain.getHeader("ETag")).send()).statusCode());
    assertEquals(404, get("/no-such-file.js", "gzip").statusCode());
  }

  private HttpResponse<Buffer> get(String path, String encoding) {
    return Await.of(app.web().get(app.port(), "127.0.0.1", path).putHeader("Accept-Encoding", encoding).send());
  }
}
