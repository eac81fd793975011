package news.akhbar.feed;

import java.time.Instant;

/**
 * What describes a feed as a whole.
 *
 * @param base the site's origin (scheme://host[:port]) the links are made from
 */
record FeedMeta(String id, String title, String base, String homeUrl, String selfUrl, Instant updated) {
}
