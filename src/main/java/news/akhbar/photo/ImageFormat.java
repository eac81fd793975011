package news.akhbar.photo;

import java.nio.charset.StandardCharsets;
import news.akhbar.web.Problem;

/**
 * What an upload really is, from its bytes rather than its Content-Type: JPEG or PNG, whole (a JPEG ends with its
 * end-of-image marker, a PNG with its IEND chunk) and still (an animated PNG is refused). Anything else is refused
 * before a decoder sees it.
 */
enum ImageFormat {
  JPEG("image/jpeg"), PNG("image/png");

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String mediaType;

  ImageFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  /** The format the declared media type names, or a 415 naming Content-Type. */
  static ImageFormat declared(String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    for (ImageFormat f : values()) {
      if (f.mediaType.equals(type)) {
        return f;
      }
    }
    throw new Problem(415, "unsupported-media-type", "send Content-Type: image/jpeg or image/png",
        java.util.List.of(new Problem.FieldError("Content-Type", "must be image/jpeg or image/png")), java.util.Map.of());
  }

  /** The bytes' real format, checked against the declared one; whole and still, or a 4xx naming what is wrong. */
  static ImageFormat of(byte[] b, ImageFormat declared) {
    ImageFormat real = sniff(b);
    if (real != declared) {
      throw Problem.field("Content-Type", "says " + declared.mediaType + " but the body is " + real.mediaType);
    }
    if (real == JPEG && !(b[b.length - 2] == (byte) 0xff && b[b.length - 1] == (byte) 0xd9)) {
      throw Problem.field("body", "the JPEG image is truncated (no end-of-image marker)");
    }
    if (real == PNG) {
      checkPng(b);
    }
    return real;
  }

  private static ImageFormat sniff(byte[] b) {
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return JPEG;
    }
    if (startsWith(b, PNG_MAGIC)) {
      return PNG;
    }
    if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
      throw Problem.of(415, "unsupported-media-type", "body: GIF images (animated or not) are not supported; "
          + "send JPEG or PNG");
    }
    if (b.length > 12 && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
      throw Problem.of(415, "unsupported-media-type", "body: WebP images are not supported; send JPEG or PNG");
    }
    throw Problem.field("body", "is not a JPEG or PNG image");
  }

  /** Walks the chunks: an acTL (animation) is refused, and the file must end with IEND. */
  private static void checkPng(byte[] b) {
    int at = PNG_MAGIC.length;
    while (at + 8 <= b.length) {
      long length = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
      String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
      if (type.equals("acTL")) {
        throw Problem.of(415, "unsupported-media-type", "body: animated PNG images are not supported");
      }
      long end = at + 12 + length;
      if (type.equals("IEND") && end <= b.length) {
        return;
      }
      if (end > b.length) {
        break;
      }
      at = (int) end;
    }
    throw Problem.field("body", "the PNG image is truncated (no IEND chunk)");
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
