/**
 * Topics' display names: the Arabic name each topic shows under on every page, in the feeds' labels and in the
 * console, kept in PostgreSQL (topic_name) and managed by editors. Its store writes a change with its stream event
 * ('topic-name') and its audit row in one transaction; each instance holds the names in memory ({@link
 * news.akhbar.topic.NamedTopics}), loaded at start-up and kept current by the ordered fan-out, so a rename reaches
 * every instance in order and is caught up from the event log after a Redis outage, like any other event.
 */
package news.akhbar.topic;
