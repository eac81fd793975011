/**
 * The pages, rendered on the server so that crawlers, link previews and readers without JavaScript get the news: the
 * front page at / (newest items, lead with its photo, secondary row, topic sections, breaking banner, topic tabs,
 * older pages, search results), the article page at
 * /a/{slug} (Open Graph, schema.org NewsArticle JSON-LD, the story, the latest items), a live coverage's page at
 * /live/{slug} (pinned entry, key events, entries, LiveBlogPosting JSON-LD; read from the live store on every request
 * and kept current by webroot/live.js) and the newsroom console's page at /editor/. HTML comes from the jte templates of src/main/jte (one layout for the shared head), compiled into this
 * package at build time and escaped by context. Each page carries the rules its scripts follow and the starting
 * state of webroot/ticker.js (PageState), and the {@code <template>}s for the items the scripts add later, so no rule
 * or markup is written twice. Answered from the newest news in memory when it holds them, else read through the
 * article, topic and search stores; knows no SQL.
 */
package news.akhbar.page;
