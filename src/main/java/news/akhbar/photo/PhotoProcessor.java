package news.akhbar.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import news.akhbar.web.Problem;

/**
 * Turns an upload into metadata-free JPEGs with the JDK's ImageIO, on a worker thread (never an event loop). The
 * size is read from the header first and a picture over {@link #PIXEL_BUDGET} is refused undecoded (a tiny PNG can
 * claim 50,000 × 50,000 pixels); a large one is decoded subsampled to about {@link #DECODE_PIXELS}, which bounds
 * the memory one upload takes. A JPEG's EXIF Orientation is applied to the pixels ({@link Orientation}), so a phone's
 * sideways-stored portrait comes out upright. Only pixels are re-encoded: EXIF, GPS, XMP, ICC profile and comments
 * are left behind.
 */
final class PhotoProcessor {

  static final long PIXEL_BUDGET = 40_000_000L;
  static final long DECODE_PIXELS = 8_000_000L;
  static final int[] WIDTHS = {320, 640, 1024, 1600};
  private static final float QUALITY = 0.82f;

  /** One re-encoded size. */
  record Rendition(int width, int height, byte[] jpeg) {}

  /** The kept original (re-encoded, at most {@link #DECODE_PIXELS}) and the sizes served, narrowest first. */
  record Processed(int width, int height, byte[] original, List<Rendition> sizes) {}

  private PhotoProcessor() {
  }

  static Processed process(byte[] bytes, ImageFormat declared) {
    ImageFormat format = ImageFormat.of(bytes, declared);
    BufferedImage decoded = decode(bytes, format);
    BufferedImage image = format == ImageFormat.JPEG ? Orientation.of(bytes).upright(rgb(decoded)) : rgb(decoded);
    List<Rendition> sizes = new ArrayList<>();
    for (int w : widths(image.getWidth())) {
      BufferedImage scaled = scale(image, w);
      sizes.add(new Rendition(scaled.getWidth(), scaled.getHeight(), jpeg(scaled)));
    }
    return new Processed(image.getWidth(), image.getHeight(), jpeg(image), sizes);
  }

  /** The widths served: each standard width narrower than the picture, and the picture's own up to the widest. */
  static List<Integer> widths(int width) {
    List<Integer> out = new ArrayList<>();
    for (int w : WIDTHS) {
      if (w < width) {
        out.add(w);
      }
    }
    int top = Math.min(width, WIDTHS[WIDTHS.length - 1]);
    if (!out.contains(top)) {
      out.add(top);
    }
    return out;
  }

  private static BufferedImage decode(byte[] bytes, ImageFormat format) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png").next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > PIXEL_BUDGET) {
          throw Problem.of(413, "image-too-large", "body: the image is " + width + " × " + height
              + " pixels; at most " + PIXEL_BUDGET / 1_000_000 + " megapixels are accepted");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) width * height / DECODE_PIXELS));
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        reader.addIIOReadWarningListener((source, warning) -> {
          throw new UncheckedIOException(new IOException(warning));
        });
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (Problem p) {
      throw p;
    } catch (IOException | RuntimeException e) {
      throw Problem.field("body", "could not be read as a " + format.name() + " image (damaged or unsupported)");
    }
  }

  /** Drops alpha onto white, and any palette or colour model, for JPEG. */
  private static BufferedImage rgb(BufferedImage src) {
    return draw(src, src.getWidth(), src.getHeight());
  }

  /** Scales down in halving steps, then to the exact width: smooth without a slow filter. */
  private static BufferedImage scale(BufferedImage src, int width) {
    int height = Math.max(1, (int) Math.round((double) src.getHeight() * width / src.getWidth()));
    BufferedImage current = src;
    while (current.getWidth() / 2 >= width) {
      current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
    }
    return current.getWidth() == width ? current : draw(current, width, height);
  }

  private static BufferedImage draw(BufferedImage src, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(src, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
