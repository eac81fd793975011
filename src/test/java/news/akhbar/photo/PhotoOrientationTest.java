package news.akhbar.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import news.akhbar.support.AppTest;
import news.akhbar.support.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phone photo stored sideways or mirrored, with an EXIF Orientation saying how to show it, comes out upright in
 * every served size: a portrait stays a portrait and each coloured quadrant is where the photographer saw it.
 */
class PhotoOrientationTest extends AppTest {

  private static final int WIDTH = 600;
  private static final int HEIGHT = 900;

  @ParameterizedTest(name = "EXIF orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyServedSizeIsUprightAndCarriesNoExif(int orientation) throws Exception {
    byte[] upload = TestImages.jpegWithOrientation(TestImages.quadrants(WIDTH, HEIGHT), orientation);
    BufferedImage sent = ImageIO.read(new ByteArrayInputStream(upload));
    assertEquals(orientation >= 5 ? HEIGHT : WIDTH, sent.getWidth(), "the upload is stored as EXIF says");
    JsonObject photo = app.photo(upload);
    assertEquals(WIDTH, photo.getInteger("width"));
    assertEquals(HEIGHT, photo.getInteger("height"));
    List<Integer> widths = new ArrayList<>();
    for (Object o : photo.getJsonArray("sizes")) {
      JsonObject size = (JsonObject) o;
      byte[] served = app.get(size.getString("url")).body().getBytes();
      assertFalse(TestImages.contains(served, "Exif"), "EXIF served in " + size);
      assertFalse(TestImages.contains(served, "GPSLatitude"), "GPS data served in " + size);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(served));
      widths.add(img.getWidth());
      assertEquals(size.getInteger("width"), img.getWidth());
      assertEquals(size.getInteger("height"), img.getHeight());
      assertEquals(img.getWidth() * HEIGHT, img.getHeight() * WIDTH, HEIGHT, "a portrait stays a portrait");
      for (int q = 0; q < 4; q++) {
        int x = img.getWidth() * (1 + 2 * (q % 2)) / 4;
        int y = img.getHeight() * (1 + 2 * (q / 2)) / 4;
        assertEquals(q, nearest(new Color(img.getRGB(x, y))),
            "quadrant " + q + " of the " + img.getWidth() + " px size has another quadrant's colour");
      }
    }
    assertEquals(List.of(320, WIDTH), widths);
  }

  /** Which of the four quadrant colours this pixel is closest to. */
  private static int nearest(Color c) {
    int best = -1;
    long bestDistance = Long.MAX_VALUE;
    for (int q = 0; q < 4; q++) {
      Color k = TestImages.QUADRANTS[q];
      long d = sq(c.getRed() - k.getRed()) + sq(c.getGreen() - k.getGreen()) + sq(c.getBlue() - k.getBlue());
      if (d < bestDistance) {
        bestDistance = d;
        best = q;
      }
    }
    return best;
  }

  private static long sq(int v) {
    return (long) v * v;
  }
}
