package news.akhbar.page;

import java.util.List;
import news.akhbar.article.Article;
import news.akhbar.latest.LiveStories;

/**
 * What src/main/jte/article.jte shows.
 *
 * @param url the page's own address
 * @param locale Open Graph's locale for the article's language
 * @param modified when the article last changed (ISO-8601)
 * @param section the topic's Arabic name
 * @param topicHref the front page of the article's topic
 * @param jsonld schema.org NewsArticle, safe inside a script element
 * @param banner the breaking banner, null for none
 * @param more whether older items follow the sidebar's
 * @param items the sidebar's "أحدث الأخبار"
 * @param state the sidebar's data block (PageState)
 * @param image the lead photo's widest size as an absolute URL (og:image), null without a photo
 */
record ArticleView(Head head, Article article, String url, String locale, String modified, String section,
    String topicHref, String jsonld, Article banner, boolean more, List<Article> items, String state,
    LiveStories live, String image) {
}
