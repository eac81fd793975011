/*
 * The rules the server keeps and every page's scripts follow, read from the page's data block
 * <script type="application/json" id="site-rules"> (news.akhbar.page.PageState), never restated here:
 *   pageSize               items per page of the list
 *   breakingWindowMillis   how long a breaking item keeps the banner
 *   topicNames             topic -> its Arabic name (any other topic shows as written)
 *   dates                  {locale, short, full}: the Intl.DateTimeFormat locale and options of dates
 *   searchMax              the longest search the server accepts (characters)
 *   liveHeadlineChars      a live entry without a title: its key event link's text is cut to this (characters)
 *   titleMax, topicMax     the console's: a title's and a topic's longest (characters)
 *   authorsMax, authorNameMax  the console's: how many bylines an article has at most, and a name's longest
 *   entryTitleMax, entryBodyMax  the live desk's: an entry's title's and body's longest (characters)
 *   tokenPattern           what an editor's token looks like
 */
const block = document.getElementById('site-rules');

export const rules = Object.freeze(block ? JSON.parse(block.textContent) : {});
