package news.akhbar.latest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import news.akhbar.article.Article;

/** A keyset position in the newest-first list: (published_at, id), sent to clients as an opaque string. */
public record Cursor(Instant publishedAt, long id) {

  public static Cursor after(Article article) {
    return new Cursor(article.publishedAt(), Long.parseLong(article.id()));
  }

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt);
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
  }

  /** Returns null when the text is not a cursor this server made. */
  public static Cursor decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      int colon = plain.indexOf(':');
      long micros = Long.parseLong(plain.substring(0, colon));
      long id = Long.parseLong(plain.substring(colon + 1));
      return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
