/**
 * The readers' pages, rendered on the server so that crawlers, link previews and readers without JavaScript get the
 * news: the front page at / (newest items, lead, breaking banner, topic tabs, older pages, search results) and the
 * article page at /a/{slug} (Open Graph, schema.org NewsArticle JSON-LD, the story, the latest items). Each page
 * carries the starting state of webroot/ticker.js, which then only adds live updates. Answered from the newest news
 * in memory when it holds them, else read through the article, topic and search stores; knows no SQL.
 */
package news.akhbar.page;
