package news.akhbar.feed;

import java.util.regex.Pattern;

/** Text rules both feeds share: what XML 1.0 allows (JSON gets the same text), one-line titles, entry ids. */
final class FeedText {

  /**
   * Everything outside XML 1.0's Char production (C0 controls but tab/LF/CR, surrogates alone, U+FFFE/FFFF), and
   * what its section 2.2 discourages and XML 1.1 would need escaped: DEL, the C1 controls and U+FDD0-U+FDEF.
   * None of it is ever meant in news text, and the write path refuses the controls already.
   */
  private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x7E\\xA0-\\x{D7FF}"
      + "\\x{E000}-\\x{FDCF}\\x{FDF0}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
  private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t]+");

  private FeedText() {
  }

  /** The text without what XML 1.0 forbids or discourages; "" for null. */
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
