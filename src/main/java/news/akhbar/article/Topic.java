package news.akhbar.article;

/** A topic as readers see it: how many live articles it has and the newest of them. */
public record Topic(String topic, long count, Article newest) {
}
