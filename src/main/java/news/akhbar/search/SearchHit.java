package news.akhbar.search;

import news.akhbar.article.Article;

/**
 * One search result: the article and a snippet of its body in its own spelling, HTML-escaped, with the words that
 * matched the query wrapped in {@code <mark>}.
 */
public record SearchHit(Article article, String snippet) {
}
