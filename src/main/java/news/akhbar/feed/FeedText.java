package news.akhbar.feed;

import java.util.regex.Pattern;

/** Text rules both feeds share: what XML 1.0 allows, one-line titles, and article page links. */
final class FeedText {

  /** Everything outside XML 1.0's Char production (C0 controls but tab/LF/CR, surrogates alone, U+FFFE/FFFF). */
  private static final Pattern NOT_XML = Pattern.compile(
      "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
  private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t]+");

  private FeedText() {
  }

  static String xmlSafe(String text) {
    return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
  }

  /** A title on one line, safe for XML. */
  static String line(String text) {
    return BREAKS.matcher(xmlSafe(text)).replaceAll(" ").strip();
  }


  static String entryId(String articleId) {
    return "tag:akhbar.news,2025:article/" + articleId;
  }
}
