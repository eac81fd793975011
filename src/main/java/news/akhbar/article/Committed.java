package news.akhbar.article;

import news.akhbar.fanout.StreamEvent;

/** What a committed write produced: the article as it now stands and the stream event that announces it. */
public record Committed(Article article, StreamEvent event) {
}
