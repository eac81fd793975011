package news.akhbar.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images made in the test, good and bad: plain JPEG/PNG/GIF, a JPEG carrying GPS EXIF, a PNG bomb, an APNG. */
public final class TestImages {

  /** A string that sits in the GPS block of {@link #jpegWithGps}; no served size may contain it. */
  public static final String GPS_MARKER = "GPSLatitude=33.5138N;GPSLongitude=36.2765E;AKHBAR-SECRET-PLACE";

  private TestImages() {
  }

  public static BufferedImage picture(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return img;
  }

  public static byte[] encode(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] jpeg(int width, int height) {
    return encode(picture(width, height), "jpeg");
  }

  public static byte[] png(int width, int height) {
    return encode(picture(width, height), "png");
  }

  /** A JPEG with an APP1 EXIF segment, right after SOI, holding {@link #GPS_MARKER}. */
  public static byte[] jpegWithGps(int width, int height) {
    return withApp1(jpeg(width, height), ("Exif\0\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A PNG claiming width × height one-bit grey pixels, all of its zero rows compressed: a few hundred KB at most. */
  public static byte[] pngBomb(int width, int height) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] row = new byte[1 + (width + 7) / 8];
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    for (int y = 0; y < height; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        idat.write(buf, 0, deflater.deflate(buf));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      idat.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", ihdr.array());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A real PNG with an acTL (animation control) chunk after IHDR: an animated PNG's signature. */
  public static byte[] animatedPng(int width, int height) {
    byte[] still = png(width, height);
    int afterIhdr = 8 + 8 + 13 + 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(still, 0, afterIhdr);
    chunk(out, "acTL", ByteBuffer.allocate(8).putInt(2).putInt(0).array());
    out.write(still, afterIhdr, still.length - afterIhdr);
    return out.toByteArray();
  }

  /** The four quadrant colours of {@link #quadrants}, reading order: top-left, top-right, bottom-left, bottom-right. */
  public static final Color[] QUADRANTS = {Color.RED, new Color(0, 170, 0), Color.BLUE, Color.YELLOW};

  /** A picture in four coloured quadrants ({@link #QUADRANTS}): any turn or mirror of it shows. */
  public static BufferedImage quadrants(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    for (int q = 0; q < 4; q++) {
      g.setColor(QUADRANTS[q]);
      g.fillRect(q % 2 * width / 2, q / 2 * height / 2, width - width / 2, height - height / 2);
    }
    g.dispose();
    return img;
  }

  /**
   * The JPEG a camera would write for a scene that looks like upright: the pixels stored turned or mirrored as EXIF
   * orientation 1-8 undoes (6: stored turned 90° counter-clockwise, shown after a 90° clockwise turn), with that
   * Orientation tag, and {@link #GPS_MARKER} in an EXIF text tag. Big-endian EXIF for even values, little for odd.
   */
  public static byte[] jpegWithOrientation(BufferedImage upright, int orientation) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    AffineTransform t = switch (orientation) {
      case 1 -> new AffineTransform();
      case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
      case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case 6 -> new AffineTransform(0, -1, 1, 0, 0, w);
      case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
      case 8 -> new AffineTransform(0, 1, -1, 0, h, 0);
      default -> throw new IllegalArgumentException("EXIF orientation is 1-8, not " + orientation);
    };
    boolean turned = orientation >= 5;
    BufferedImage stored = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = stored.createGraphics();
    g.drawImage(upright, t, null);
    g.dispose();
    return withApp1(encode(stored, "jpeg"), exif(orientation, orientation % 2 == 1));
  }

  /** "Exif\0\0", a TIFF header and IFD0 with Orientation and an ImageDescription holding {@link #GPS_MARKER}. */
  private static byte[] exif(int orientation, boolean little) {
    byte[] text = (GPS_MARKER + "\0").getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length)
        .order(little ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
    tiff.put((byte) (little ? 'I' : 'M')).put((byte) (little ? 'I' : 'M')).putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x010e).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 2 * 12 + 4);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0).put(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(tiff.array());
    return out.toByteArray();
  }

  /** The JPEG with an APP1 segment holding data right after its SOI (before any JFIF APP0, as cameras write). */
  private static byte[] withApp1(byte[] plain, byte[] data) {
    ByteBuffer out = ByteBuffer.allocate(plain.length + data.length + 4);
    out.put(plain, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (data.length + 2)).put(data)
        .put(plain, 2, plain.length - 2);
    return out.array();
  }

  public static byte[] truncated(byte[] image) {
    return Arrays.copyOf(image, image.length / 2);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** Whether the marker's bytes occur anywhere in the data. */
  public static boolean contains(byte[] data, String marker) {
    byte[] m = marker.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + m.length <= data.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (data[i + j] != m[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
