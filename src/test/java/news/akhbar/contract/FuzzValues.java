package news.akhbar.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The fuzzer's vocabulary of values, fair ones and hostile ones with the reason the document rules each out (null when
 * it does not), drawn from one seeded {@link Random}: the same seed draws the same requests.
 */
final class FuzzValues {

  /** A piece of a request: text ready for the wire (percent-encoded where it goes in a URL) and why it is wrong. */
  record Part(String text, String ruledOut) {
    static Part fair(String text) {
      return new Part(text, null);
    }
  }

  private static final String UNREADABLE = "unreadable URL (NUL, bad escape or invalid UTF-8)";

  private static final List<Part> HOSTILE_URL = List.of(
      new Part("%00", UNREADABLE), new Part("a%00b", UNREADABLE), new Part("%zz", UNREADABLE),
      new Part("%", UNREADABLE), new Part("a%2", UNREADABLE), new Part("%ff%fe", UNREADABLE),
      new Part("%c0%ae%c0%ae", UNREADABLE), new Part("%ed%a0%80", UNREADABLE),
      Part.fair("%e2%80%ae%e2%80%ae"), Part.fair("%e2%80%8b%e2%80%8c%e2%80%8d%ef%bb%bf"), Part.fair("%ef%bb%bf"),
      Part.fair("a%2fb"), Part.fair("%0d%0aX-Injected:%201"),
      Part.fair("%1b%7f"), Part.fair("-1"), Part.fair("0"), Part.fair("99999999999999999999999"),
      Part.fair("1e3"), Part.fair("0x10"), Part.fair("%20"), Part.fair("%d8%a7%d9%84%d8%b9%d8%b1%d8%a8"),
      Part.fair("%3Cscript%3E"), Part.fair("'%20OR%201=1--"), Part.fair("%25"));

  private static final String INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u2066\u00ad \t";

  private static Random random = new Random(0);

  private FuzzValues() {
  }

  /** Starts drawing from this seed. */
  static void seed(long seed) {
    random = new Random(seed);
  }

  static boolean chance(int percent) {
    return between(1, 100) <= percent;
  }

  static int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  @SafeVarargs
  static <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  static <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A hostile URL segment or query value, already percent-encoded. */
  static Part hostileUrlText() {
    int roll = between(1, 10);
    if (roll <= 6) {
      return pick(HOSTILE_URL);
    }
    if (roll == 7) {
      return Part.fair(pick("9", "a", "%d8%a7").repeat(between(200, 3000)));
    }
    StringBuilder any = new StringBuilder();
    for (int i = between(1, 24); i > 0; i--) {
      any.appendCodePoint(pick(between(0, 0x7f), between(0x80, 0x7ff), between(0x800, 0xffff),
          between(0x10000, 0x10ffff)));
    }
    return Part.fair(encode(any.toString()));
  }

  /** Values that are no integer, or out of any sane range. */
  static String notAnInteger() {
    return pick("abc", "", "-1", "0", "1.5", "1e3", "99999999999999999999", "2147483648", "%20", "1,2", "true",
        "%d9%a5", "0x1f", "+1");
  }

  /** Header values a client may send by mistake (printable, so the request head stays well-formed). */
  static String hostileHeaderValue() {
    if (chance(60)) {
      return pick("", "*", "W/\"x\"", "\"unterminated", "-1", "99999999999999999999", "Thu, 99 Dec 2026 99:99:99 GMT",
          "yesterday", "%00", "a".repeat(300), "1, 2, 3");
    }
    StringBuilder any = new StringBuilder();
    for (int i = between(0, 60); i > 0; i--) {
      any.append((char) between(' ', '~'));
    }
    return any.toString();
  }

  /** A title made only of characters a reader cannot see. */
  static String invisibleText() {
    StringBuilder text = new StringBuilder();
    for (int i = between(1, 12); i > 0; i--) {
      text.append(INVISIBLE.charAt(random.nextInt(INVISIBLE.length())));
    }
    return text.toString();
  }

  /** An instant the document rules out (too far ahead, or no instant at all), with the reason. */
  static Part absurdInstant() {
    return pick(new Part("+999999-01-01T00:00:00Z", "publishAt too far ahead"),
        new Part("9999-12-31T23:59:59Z", "publishAt too far ahead"),
        new Part("2030-01-01T00:00:00Z", "publishAt more than 366 days ahead"),
        new Part("-000001-01-01T00:00:00Z", "publishAt not a date-time"),
        new Part("2026-13-45T99:99:99Z", "publishAt not a date-time"),
        new Part("yesterday", "publishAt not a date-time"),
        new Part("", "publishAt not a date-time"),
        new Part("2026-12-03", "publishAt not a date-time"));
  }

  /** Fair Arabic text, at least min and at most max (and 40) characters, never blank. */
  static String arabic(int min, int max) {
    int length = between(Math.max(min, 1), Math.max(Math.min(max, 40), Math.max(min, 1)));
    StringBuilder text = new StringBuilder("خ");
    while (text.length() < length) {
      text.append(chance(15) ? ' ' : (char) between('\u0627', '\u064a'));
    }
    return text.toString();
  }

  /** Percent-encodes every byte outside RFC 3986's unreserved set. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
