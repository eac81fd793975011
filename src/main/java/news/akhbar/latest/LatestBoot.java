package news.akhbar.latest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.fanout.LoggedEvent;

/**
 * What an instance keeps in memory, read from one snapshot of the store at start-up: everything as of event
 * {@code head}, so the fan-out can go on from there without a gap or a repeat.
 *
 * @param headAt when the head event was committed (null before the first)
 * @param newest the newest live articles, newest first
 * @param byTopic per topic (the busiest ones), its newest live articles, newest first
 * @param topicCounts live articles per topic, for every topic when {@code countsComplete}
 * @param events the latest events up to head, oldest first, with when each was committed
 * @param liveSlugs the articles whose live coverage runs: article id to slug
 */
public record LatestBoot(long head, Instant headAt, List<Article> newest, Map<String, List<Article>> byTopic,
                     Map<String, Long> topicCounts, boolean countsComplete, List<LoggedEvent> events,
                     Map<Long, String> liveSlugs) {
}
