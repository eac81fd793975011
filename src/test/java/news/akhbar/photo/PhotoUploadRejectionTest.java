package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.akhbar.support.AppTest;
import news.akhbar.support.Await;
import news.akhbar.support.RawHttp;
import news.akhbar.support.TestApp;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.Test;

/** Every bad upload is a 4xx problem naming what is wrong, and stores nothing. */
class PhotoUploadRejectionTest extends AppTest {

  private static final String ALT = "?alt=" + URLEncoder.encode("صورة الجسر", StandardCharsets.UTF_8);

  private void assertRefused(HttpResponse<Buffer> res, int status, String named) {
    assertEquals(status, res.statusCode(), res.bodyAsString());
    assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"), res.getHeader("Content-Type"));
    JsonObject problem = res.bodyAsJsonObject();
    assertTrue(problem.encode().contains(named), "the problem does not name " + named + ": " + problem);
    assertEquals(0, app.db().count("SELECT count(*) FROM photo"), "a refused upload was stored");
  }

  @Test
  void textIsNotAnImage() {
    assertRefused(app.uploadPhoto(ALT, "image/jpeg", "<html>مرحبا</html>".getBytes(StandardCharsets.UTF_8)), 400,
        "body");
  }

  @Test
  void aPngSentAsJpegNamesContentType() {
    assertRefused(app.uploadPhoto(ALT, "image/jpeg", TestImages.png(64, 48)), 400, "Content-Type");
  }

  @Test
  void anUnsupportedContentTypeIs415NamingContentType() {
    assertRefused(app.uploadPhoto(ALT, "application/octet-stream", TestImages.jpeg(64, 48)), 415, "Content-Type");
  }

  @Test
  void aTruncatedJpegIs400() {
    assertRefused(app.uploadPhoto(ALT, "image/jpeg", TestImages.truncated(TestImages.jpeg(640, 480))), 400,
        "truncated");
  }

  @Test
  void aTruncatedPngIs400() {
    assertRefused(app.uploadPhoto(ALT, "image/png", TestImages.truncated(TestImages.png(640, 480))), 400,
        "truncated");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() {
    byte[] bomb = TestImages.pngBomb(50_000, 50_000);
    assertTrue(bomb.length < 1_000_000, "the bomb is small: " + bomb.length);
    assertRefused(app.uploadPhoto(ALT, "image/png", bomb), 413, "50000 × 50000");
  }

  @Test
  void anAnimatedPngIs415() {
    assertRefused(app.uploadPhoto(ALT, "image/png", TestImages.animatedPng(64, 48)), 415, "animated");
  }

  @Test
  void aGifIs415() {
    assertRefused(app.uploadPhoto(ALT, "image/png", TestImages.encode(TestImages.picture(64, 48), "gif")), 415,
        "GIF");
  }

  @Test
  void anUploadOverTenMegabytesIs413BeforeItIsSent() {
    RawHttp.Reply reply = RawHttp.send(app.port(), "POST /api/v1/photos" + ALT + " HTTP/1.1\r\nHost: x\r\n"
        + "Authorization: Bearer " + TestApp.TOKEN + "\r\nContent-Type: image/jpeg\r\n"
        + "Content-Length: " + (PhotoRoutes.MAX_BYTES + 1) + "\r\n\r\n");
    assertEquals(413, reply.status(), reply.head());
    assertTrue(reply.head().toLowerCase().contains("application/problem+json"), reply.head());
    assertEquals(0, app.db().count("SELECT count(*) FROM photo"));
  }

  @Test
  void missingAltNamesAlt() {
    assertRefused(app.uploadPhoto("?caption=" + URLEncoder.encode("تعليق", StandardCharsets.UTF_8), "image/jpeg",
        TestImages.jpeg(64, 48)), 400, "alt");
  }

  @Test
  void blankAltNamesAlt() {
    assertRefused(app.uploadPhoto("?alt=%20%E2%80%8F", "image/jpeg", TestImages.jpeg(64, 48)), 400, "alt");
  }

  @Test
  void noTokenIs401() {
    HttpResponse<Buffer> res = Await.of(app.web().post(app.port(), "127.0.0.1", "/api/v1/photos" + ALT)
        .putHeader("Content-Type", "image/jpeg").sendBuffer(Buffer.buffer(TestImages.jpeg(64, 48))), 10);
    assertRefused(res, 401, "unauthorized");
  }
}
