/**
 * Feeds for aggregators: Atom 1.0 (RFC 4287) at /feed.atom and JSON Feed 1.1 at /feed.json, the latest items,
 * optionally one topic. Answered from the newest news in memory when it holds them, else read through the article
 * store's list; and one live coverage's entries at /live/{slug}/feed.atom and /live/{slug}/feed.json, read through
 * the live read store. Knows no SQL.
 */
package news.akhbar.feed;
