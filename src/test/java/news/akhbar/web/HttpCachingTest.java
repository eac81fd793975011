package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class HttpCachingTest extends AppTest {

  @Test
  void listRevalidatesWith304UntilSomethingIsPublished() {
    app.post(TestApp.article("خبر أول"));
    HttpResponse<Buffer> first = app.get("/api/v1/articles");
    String etag = first.getHeader("ETag");

    assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong tag: the bytes are the same each time " + etag);
    assertNotNull(first.getHeader("Last-Modified"));
    assertTrue(first.getHeader("Cache-Control").contains("max-age=5"), first.getHeader("Cache-Control"));
    HttpResponse<Buffer> again = app.get("/api/v1/articles", Map.of("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals(etag, again.getHeader("ETag"));
    assertNull(again.body());

    app.post(TestApp.article("خبر ثان"));
    HttpResponse<Buffer> changed = app.get("/api/v1/articles", Map.of("If-None-Match", etag));
    assertEquals(200, changed.statusCode());
    assertNotEquals(etag, changed.getHeader("ETag"));
  }

  @Test
  void articleRevalidatesByETagAndByLastModifiedUntilItIsEdited() {
    String id = app.post(TestApp.article("خبر للتعديل")).bodyAsJsonObject().getString("id");
    HttpResponse<Buffer> first = app.get("/api/v1/articles/" + id);
    String etag = first.getHeader("ETag");
    String modified = first.getHeader("Last-Modified");

    assertEquals(304, app.get("/api/v1/articles/" + id, Map.of("If-None-Match", "\"x\", " + etag)).statusCode());
    assertEquals(304, app.get("/api/v1/articles/" + id, Map.of("If-Modified-Since", modified)).statusCode());
    assertEquals(200, app.get("/api/v1/articles/" + id, Map.of("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT"))
        .statusCode());

    app.patch(id, new JsonObject().put("title", "خبر بعد التعديل"));
    HttpResponse<Buffer> edited = app.get("/api/v1/articles/" + id, Map.of("If-None-Match", etag));
    assertEquals(200, edited.statusCode());
    assertEquals("خبر بعد التعديل", edited.bodyAsJsonObject().getString("title"));
  }

  @Test
  void listIsGzippedWhileTheEventStreamIsNot() throws Exception {
    for (int i = 0; i < 5; i++) {
      app.post(TestApp.article("خبر طويل بما يكفي ليستحق الضغط رقم " + i));
    }
    // WebClient buffers the body with the response (and, as set up, does not decompress it)
    HttpResponse<Buffer> list = app.get("/api/v1/articles", Map.of("Accept-Encoding", "gzip"));
    assertEquals("gzip", list.getHeader("Content-Encoding"));
    assertEquals("Accept-Encoding", list.getHeader("Vary"));
    byte[] gzipped = list.body().getBytes();
    HttpResponse<Buffer> plain = app.get("/api/v1/articles");
    assertArrayEquals(plain.body().getBytes(),
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)).readAllBytes(),
        "the gzip variant holds the same bytes");
    String gzipTag = list.getHeader("ETag");
    assertEquals(plain.getHeader("ETag").replaceAll("\"$", "-gz\""), gzipTag, "each encoding has its own tag");
    assertEquals(304, app.get("/api/v1/articles", Map.of("If-None-Match", gzipTag, "Accept-Encoding", "gzip"))
        .statusCode());
    for (String header : new String[] {"Content-Security-Policy", "X-Content-Type-Options", "X-Request-Id"}) {
      assertNotNull(list.getHeader(header), header + " is missing on a list answered from memory");
    }

    SseProbe stream = app.openStream(0, "/api/v1/stream",
        MultiMap.caseInsensitiveMultiMap().add("Accept-Encoding", "gzip"));
    assertTrue(stream.headers().get("Content-Type").startsWith("text/event-stream"));
    String encoding = stream.headers().get("Content-Encoding");
    assertTrue(encoding == null || encoding.equals("identity"), "stream encoded as " + encoding);
    assertTrue(stream.firstLine().startsWith("retry:"), "stream bytes are not plain SSE: " + stream.firstLine());
  }
}
