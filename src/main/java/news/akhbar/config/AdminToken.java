package news.akhbar.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks AKHBAR_ADMIN_TOKEN before anything starts. The admin token can create editors and write articles, so a
 * placeholder (the compose file once shipped {@code change-me}) or a short word is refused outright instead of being
 * accepted and exposed. The messages name the variable and never repeat its value.
 */
final class AdminToken {

  static final int MIN_LENGTH = 32;
  /** Fewer different characters than this (aaaa…, 1212…) is a placeholder, not a random token. */
  private static final int MIN_DISTINCT = 8;
  private static final List<String> DEFAULTS = List.of("changeme", "changeit", "change", "replaceme", "admin",
      "administrator", "secret", "token", "password", "passwd", "pass", "test", "testing", "default", "akhbar",
      "letmein", "qwerty", "root", "example", "dev", "development", "demo", "sample", "bearer", "key", "me");
  /** Only well-known words, repeated or joined, perhaps with digits after them: change-me, admin-secret-123. */
  private static final Pattern ONLY_DEFAULTS = Pattern.compile("(?:" + String.join("|", DEFAULTS) + ")+[0-9]*");
  private static final String HOW = "set it to " + MIN_LENGTH + " or more random characters "
      + "(e.g. openssl rand -hex 24), or leave it unset for a token generated per run";

  private AdminToken() {
  }

  /**
   * The token, trimmed; null when unset or blank (a token is then generated); fails when it is weak. The length and
   * variety rules are waived when allowShort (AKHBAR_ALLOW_SHORT_ADMIN_TOKEN, for a loopback load tool with a fixed
   * token); a placeholder is refused either way.
   */
  static String of(String value, boolean allowShort) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String token = value.strip();
    String plain = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (ONLY_DEFAULTS.matcher(plain).matches() || plain.isEmpty()) {
      throw new IllegalArgumentException("AKHBAR_ADMIN_TOKEN is a well-known default or placeholder; " + HOW);
    }
    if (allowShort) {
      return token;
    }
    if (token.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("AKHBAR_ADMIN_TOKEN is " + token.length() + " characters long, "
          + "too short to resist guessing; " + HOW);
    }
    if (token.chars().distinct().count() < MIN_DISTINCT) {
      throw new IllegalArgumentException("AKHBAR_ADMIN_TOKEN repeats too few characters to be random; " + HOW);
    }
    return token;
  }
}
