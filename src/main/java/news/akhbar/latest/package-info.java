/**
 * The newest news held in memory by every instance: the newest live articles overall and per topic, the topic
 * counts, kept current by the ordered fan-out, published as immutable snapshots that lists, article reads, pages
 * and feeds are answered from (pre-encoded, gzipped, with strong ETags). PostgreSQL only for what lies outside.
 */
package news.akhbar.latest;
