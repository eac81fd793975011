package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestImages;
import org.junit.jupiter.api.Test;

/** An upload becomes metadata-free JPEGs in responsive sizes, served at immutable URLs. */
class PhotoUploadTest extends AppTest {

  @Test
  void gpsExifNeverReachesAServedSizeOrTheStore() throws Exception {
    byte[] upload = TestImages.jpegWithGps(1200, 800);
    assertTrue(TestImages.contains(upload, TestImages.GPS_MARKER), "the test image carries the marker");
    JsonObject photo = app.photo(upload);
    for (Object size : photo.getJsonArray("sizes")) {
      byte[] served = app.get(((JsonObject) size).getString("url")).body().getBytes();
      assertFalse(TestImages.contains(served, "GPSLatitude"), "GPS data served in " + size);
      assertFalse(TestImages.contains(served, "Exif"), "EXIF served in " + size);
    }
    assertEquals(0, app.db().count("SELECT count(*) FROM photo WHERE position('\\x4750534c61746974756465'::bytea "
        + "IN original) > 0"), "GPS data kept in the stored original");
  }

  @Test
  void sizesAreNeverWiderThanTheUploadAndKeepItsShape() throws Exception {
    JsonObject photo = app.photo(TestImages.jpeg(1200, 800));
    JsonArray sizes = photo.getJsonArray("sizes");
    List<Integer> widths = new ArrayList<>();
    for (Object o : sizes) {
      JsonObject size = (JsonObject) o;
      widths.add(size.getInteger("width"));
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(app.get(size.getString("url")).body().getBytes()));
      assertEquals(size.getInteger("width"), img.getWidth());
      assertEquals(size.getInteger("height"), img.getHeight());
      assertEquals(size.getInteger("width") * 2, img.getHeight() * 3, 3, "aspect kept in " + size);
    }
    assertEquals(List.of(320, 640, 1024, 1200), widths);
    assertEquals(1200, photo.getInteger("width"));
    assertEquals(800, photo.getInteger("height"));
    assertEquals("جسر المشاة عند الغروب", photo.getString("alt"));
    assertEquals("تصوير ليلى حداد", photo.getString("credit"));
  }

  @Test
  void aPngWithAlphaBecomesAJpeg() {
    HttpResponse<Buffer> res = app.uploadPhoto("?alt=%D8%B4%D8%B9%D8%A7%D8%B1", "image/png", TestImages.png(300, 200));
    assertEquals(201, res.statusCode(), res.bodyAsString());
    JsonObject size = res.bodyAsJsonObject().getJsonArray("sizes").getJsonObject(0);
    assertEquals(300, size.getInteger("width"));
    assertEquals("image/jpeg", app.get(size.getString("url")).getHeader("Content-Type"));
  }

  @Test
  void sizesAreCachedForeverAndAnswer304ToTheirEtag() {
    JsonObject photo = app.photo(TestImages.jpeg(700, 500));
    String url = photo.getJsonArray("sizes").getJsonObject(0).getString("url");
    assertTrue(url.matches("/photos/[0-9a-f]{32}-320\\.jpg"), url);
    HttpResponse<Buffer> res = app.get(url);
    assertEquals(200, res.statusCode());
    assertEquals("public, max-age=31536000, immutable", res.getHeader("Cache-Control"));
    String etag = res.getHeader("ETag");
    assertEquals(304, app.get(url, Map.of("If-None-Match", etag)).statusCode());
  }

  @Test
  void theSameUploadTwiceIsOnePhoto() {
    byte[] jpeg = TestImages.jpeg(400, 300);
    assertEquals(app.photo(jpeg).getString("id"), app.photo(jpeg).getString("id"));
    assertEquals(1, app.db().count("SELECT count(*) FROM photo"));
  }

  @Test
  void anUnknownSizeIs404() {
    JsonObject photo = app.photo(TestImages.jpeg(400, 300));
    assertEquals(404, app.get("/photos/" + photo.getString("id") + "-1600.jpg").statusCode());
    assertEquals(404, app.get("/photos/not-a-photo.jpg").statusCode());
  }
}
