package news.akhbar.photo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A photo's id (a hash of what was uploaded) and the immutable path of each size: /photos/{id}-{width}.jpg. */
final class PhotoPaths {

  static final String PREFIX = "/photos/";
  private static final Pattern FILE = Pattern.compile("([0-9a-f]{32})-([1-9][0-9]{0,3})\\.jpg");

  /** A size named by a request path: the photo id and width. */
  record Named(String id, int width) {}

  private PhotoPaths() {
  }

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static String of(String id, int width) {
    return PREFIX + id + "-" + width + ".jpg";
  }

  static Named parse(String file) {
    Matcher m = file == null ? null : FILE.matcher(file);
    return m != null && m.matches() ? new Named(m.group(1), Integer.parseInt(m.group(2))) : null;
  }

  /** The same picture with the same texts gets the same id (an upload repeated is stored once). */
  static String id(byte[] bytes, PhotoTexts texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes);
      for (String text : new String[] {texts.alt(), texts.caption(), texts.credit()}) {
        sha.update((byte) 0);
        sha.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
