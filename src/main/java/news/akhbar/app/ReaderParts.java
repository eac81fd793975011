package news.akhbar.app;

import news.akhbar.article.ArticleStore;
import news.akhbar.feed.FeedRoutes;
import news.akhbar.feed.LiveFeedRoutes;
import news.akhbar.latest.LatestNews;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.NewsRoutes;
import news.akhbar.latest.ReadGate;
import news.akhbar.latest.TopicStore;
import news.akhbar.live.LiveReadStore;
import news.akhbar.page.ArticlePageRoutes;
import news.akhbar.page.FrontPageRoutes;
import news.akhbar.search.SearchRoutes;
import news.akhbar.search.Search;
import news.akhbar.topic.NamedTopics;
import news.akhbar.web.Origins;
import news.akhbar.web.ReadLimiter;

/**
 * What the readers' side (API, search, pages, feeds) is built from, made once and shared by every HTTP verticle:
 * the newest news in memory, the stores behind it, the gates in front of those ({@code reads} for what memory
 * cannot answer, {@code searches} per client address), the site's own origin and the topics' names every page and
 * feed is rendered with. Each verticle builds its own
 * routes from it.
 */
record ReaderParts(LatestNews latest, ArticleStore articles, ListStore lists, TopicStore topics, Search search,
                   ReadGate reads, ReadLimiter searches, Origins origins, LiveReadStore liveReads,
                   NamedTopics names) {

  NewsRoutes newsRoutes() {
    return new NewsRoutes(latest, articles, lists, topics, reads);
  }

  SearchRoutes searchRoutes() {
    return new SearchRoutes(search, searches);
  }

  FeedRoutes feedRoutes() {
    return new FeedRoutes(latest, lists, origins, reads, names);
  }

  LiveFeedRoutes liveFeedRoutes() {
    return new LiveFeedRoutes(liveReads, origins, reads);
  }

  ArticlePageRoutes articlePageRoutes() {
    return new ArticlePageRoutes(latest, articles, lists, origins, reads, names);
  }

  FrontPageRoutes frontPageRoutes() {
    return new FrontPageRoutes(latest, lists, topics, search, origins, reads, searches, names);
  }
}
