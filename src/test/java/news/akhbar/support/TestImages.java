package news.akhbar.support;

import java.awt.Color;
import java.awt.Graphics2D;
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
    byte[] plain = jpeg(width, height);
    byte[] exif = ("Exif\0\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer out = ByteBuffer.allocate(plain.length + exif.length + 4);
    out.put(plain, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif)
        .put(plain, 2, plain.length - 2);
    return out.array();
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
