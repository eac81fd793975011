package news.akhbar.search;

import news.akhbar.article.Article;

/**
 * One search result: the article and a snippet of its body in its own spelling, HTML-escaped, with the words that
 * matched the query wrapped in {@code <mark>}.
 *
 * @param json the article as {@link news.akhbar.json.Json#bytes} writes it, when the search has it at hand (the
 *     index stores it), so an answer copies it instead of encoding the article again; null otherwise
 */
public record SearchHit(Article article, String snippet, byte[] json) {

  public SearchHit(Article article, String snippet) {
    this(article, snippet, null);
  }
}
