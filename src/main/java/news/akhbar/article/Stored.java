package news.akhbar.article;

/** An article row as stored: retracted ones are kept (and answered with 410 Gone). */
public record Stored(Article article, boolean retracted) {
}
