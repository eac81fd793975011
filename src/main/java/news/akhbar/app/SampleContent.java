package news.akhbar.app;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Author;
import news.akhbar.article.EventLog;
import news.akhbar.article.Excerpts;
import news.akhbar.article.NewArticle;
import news.akhbar.config.AppConfig;
import news.akhbar.fanout.FanOut;
import news.akhbar.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sample Arabic articles (src/main/resources/sample/articles.json, written for Akhbar) for a first run, so the live
 * page has something to show. They go through the store like any editor's post, so their stream events are real, and
 * only into a database that never had an article (its event counter still at 0).
 */
public final class SampleContent {

  private static final Logger log = LoggerFactory.getLogger(SampleContent.class);
  private static final String RESOURCE = "/sample/articles.json";

  /** One sample item as written in the resource file. */
  record Item(String title, String body, String topic, boolean breaking, String source) {
  }

  private SampleContent() {
  }

  /** Inserts the samples when the database is empty; completes with how many were inserted. */
  public static Future<Integer> insertIfEmpty(Vertx vertx, AppConfig cfg, FanOut fanOut) {
    Pool pool = PgBuilder.pool().with(new PoolOptions().setName("akhbar-samples").setMaxSize(1))
        .connectingTo(Database.options(cfg.pgUrl()).setMetricsName("akhbar-samples")).using(vertx).build();
    ArticleStore store = new ArticleStore(pool);
    return new EventLog(pool).head()
        .compose(head -> head > 0 ? Future.succeededFuture(0) : insertAll(store, fanOut, items()))
        .onSuccess(n -> {
          if (n > 0) {
            log.info("the database was empty: added {} sample articles", n);
          }
        })
        .eventually(pool::close);
  }

  static List<Item> items() {
    try (InputStream in = SampleContent.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return Json.MAPPER.readValue(in, new TypeReference<List<Item>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The audit trail names the sample content's author plainly. */
  private static final Author SAMPLES = new Author(null, "sample-content");

  private static Future<Integer> insertAll(ArticleStore store, FanOut fanOut, List<Item> items) {
    Future<Integer> done = Future.succeededFuture(0);
    for (Item item : items) {
      NewArticle article = new NewArticle(item.title(), Excerpts.fromBody(item.body()), item.body(), item.topic(), "ar",
          item.breaking(), item.source(), null, null);
      done = done.compose(n -> store.create(article, true, SAMPLES).map(committed -> {
        fanOut.publish(committed.event());
        return n + 1;
      }));
    }
    return done;
  }
}
