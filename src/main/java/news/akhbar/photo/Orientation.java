package news.akhbar.photo;

import java.awt.image.BufferedImage;

/**
 * A JPEG's EXIF Orientation (tag 0x0112, values 1-8), read from its APP1 "Exif" segment without a library, and
 * applied to the decoded pixels: a phone stores a portrait shot sideways and says how to turn it. Re-encoding
 * drops the tag with the rest of the metadata, so the turn must be made in the pixels.
 */
enum Orientation {
  NORMAL, MIRROR, ROTATE_180, FLIP, TRANSPOSE, ROTATE_90, TRANSVERSE, ROTATE_270;

  private static final int SOI = 0xd8;
  private static final int SOS = 0xda;
  private static final int APP1 = 0xe1;
  private static final int TAG = 0x0112;

  /** The orientation a JPEG declares; NORMAL when it has none, a value outside 1-8 or a damaged EXIF block. */
  static Orientation of(byte[] jpeg) {
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
      int marker = jpeg[at + 1] & 0xff;
      if (marker == SOS || marker == SOI) {
        break;
      }
      int length = u16(jpeg, at + 2, false);
      if (length < 2 || at + 2 + length > jpeg.length) {
        break;
      }
      if (marker == APP1 && length >= 16 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
          && jpeg[at + 7] == 'f' && jpeg[at + 8] == 0 && jpeg[at + 9] == 0) {
        return inTiff(jpeg, at + 10, at + 2 + length);
      }
      at += 2 + length;
    }
    return NORMAL;
  }

  /** Looks for the tag in IFD0 of the TIFF structure that starts at start and ends before end. */
  private static Orientation inTiff(byte[] b, int start, int end) {
    boolean little = b[start] == 'I' && b[start + 1] == 'I';
    if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
      return NORMAL;
    }
    long ifd = start + u32(b, start + 4, little);
    if (ifd + 2 > end) {
      return NORMAL;
    }
    int count = u16(b, (int) ifd, little);
    for (int i = 0; i < count; i++) {
      int entry = (int) ifd + 2 + 12 * i;
      if (entry + 12 > end) {
        return NORMAL;
      }
      if (u16(b, entry, little) == TAG && u16(b, entry + 2, little) == 3) {
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
      }
    }
    return NORMAL;
  }

  /** The picture as it is meant to be seen: turned and mirrored as this orientation says. */
  BufferedImage upright(BufferedImage src) {
    if (this == NORMAL) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = ordinal() >= TRANSPOSE.ordinal();
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      src.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        switch (this) {
          case MIRROR -> out.setRGB(w - 1 - x, y, row[x]);
          case ROTATE_180 -> out.setRGB(w - 1 - x, h - 1 - y, row[x]);
          case FLIP -> out.setRGB(x, h - 1 - y, row[x]);
          case TRANSPOSE -> out.setRGB(y, x, row[x]);
          case ROTATE_90 -> out.setRGB(h - 1 - y, x, row[x]);
          case TRANSVERSE -> out.setRGB(h - 1 - y, w - 1 - x, row[x]);
          default -> out.setRGB(y, w - 1 - x, row[x]);
        }
      }
    }
    return out;
  }

  private static int u16(byte[] b, int at, boolean little) {
    int hi = b[little ? at + 1 : at] & 0xff;
    int lo = b[little ? at : at + 1] & 0xff;
    return hi << 8 | lo;
  }

  private static long u32(byte[] b, int at, boolean little) {
    return little ? (long) u16(b, at + 2, true) << 16 | u16(b, at, true)
        : (long) u16(b, at, false) << 16 | u16(b, at + 2, false);
  }
}
