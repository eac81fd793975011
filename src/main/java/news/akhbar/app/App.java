package news.akhbar.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.EventLog;
import news.akhbar.article.Revisions;
import news.akhbar.config.AppConfig;
import news.akhbar.editor.EditorStore;
import news.akhbar.editor.NewsroomRoutes;
import news.akhbar.editor.ScheduledPublisher;
import news.akhbar.editor.ScheduledStore;
import news.akhbar.editor.WriteLimiter;
import news.akhbar.fanout.RedisTransport;
import news.akhbar.fanout.SequencedFanOut;
import news.akhbar.fanout.WireFormat;
import news.akhbar.latest.LatestBoot;
import news.akhbar.latest.LatestBootStore;
import news.akhbar.latest.LatestNews;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.ReadGate;
import news.akhbar.metrics.Metrics;
import news.akhbar.retention.RetentionJob;
import news.akhbar.retention.RetentionStore;
import news.akhbar.ticker.ConnectionLimiter;
import news.akhbar.ticker.LiveFrames;
import news.akhbar.ticker.ReplayRing;
import news.akhbar.ticker.ResumeRule;
import news.akhbar.ticker.TickerStats;
import news.akhbar.web.ClientAddress;
import news.akhbar.web.ReadLimiter;

/** Builds and deploys everything: the one place that picks implementations. Main and the tests both call it. */
public final class App {

  /** Topics given a shelf of their own in the newest news; with more topics, /api/v1/topics is read from the store. */
  private static final int MAX_TOPICS = 100;
  /** The most the replay ring's frames may take together. */
  private static final long RING_BYTES = 64L << 20;
  /** Writes serialise on one row lock anyway; a few connections let their round trips overlap. */
  private static final int WRITE_CONNECTIONS = 4;
  /** Rows per retention statement, and statements per table and pass (the rest waits for the next pass). */
  private static final int RETENTION_BATCH = 1_000;
  private static final int RETENTION_BATCHES = 100;
  /** Client addresses each read limiter tracks at most (about 100 bytes each). */
  private static final int LIMITED_ADDRESSES = 100_000;

  private final Vertx vertx;
  private final Services services;
  private final SequencedFanOut fanOut;
  private final List<HttpVerticle> verticles;
  private String deployment;
  private ScheduledPublisher scheduler;
  private RetentionJob retention;

  private App(Vertx vertx, Services services, SequencedFanOut fanOut, List<HttpVerticle> verticles) {
    this.vertx = vertx;
    this.services = services;
    this.fanOut = fanOut;
    this.verticles = verticles;
  }

  public static Future<App> start(Vertx vertx, AppConfig cfg) {
    return start(vertx, cfg, Metrics.newRegistry());
  }

  /** Starts with the registry Vert.x itself reports to (see Main), so HTTP meters land beside Akhbar's. */
  public static Future<App> start(Vertx vertx, AppConfig cfg, PrometheusMeterRegistry registry) {
    PgConnectOptions pg = Database.options(cfg.pgUrl());
    return vertx.executeBlocking(() -> {
      Database.prepare(pg);
      return null;
    }).compose(v -> {
      Pool pool = pool(vertx, pg, 8, 2048, 5);
      // Writes queue on the event counter's row lock. With a pool of their own, writers waiting there (up to the
      // session's lock_timeout) hold at most these connections, never the ones reads and token lookups need.
      Pool writes = pool(vertx, pg, WRITE_CONNECTIONS, 256, 3);
      EventLog events = new EventLog(pool);
      ArticleStore store = new ArticleStore(pool, writes);
      return new LatestBootStore(pool).read(cfg.hotArticles(), cfg.hotPerTopic(), MAX_TOPICS, cfg.replayRing())
          .compose(newest -> start(vertx, cfg, registry, pool, writes, events, store, newest));
    });
  }

  private static Pool pool(Vertx vertx, PgConnectOptions pg, int size, int waiting, int waitSeconds) {
    return PgBuilder.pool().with(new PoolOptions().setMaxSize(size).setMaxWaitQueueSize(waiting)
            .setConnectionTimeout(waitSeconds).setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.SECONDS))
        .with(new NetClientOptions().setConnectTimeout(3_000).setTcpNoDelay(true))
        .connectingTo(pg).using(vertx).build();
  }

  private static Future<App> start(Vertx vertx, AppConfig cfg, PrometheusMeterRegistry registry, Pool pool,
      Pool writes, EventLog events, ArticleStore store, LatestBoot newest) {
    LiveFrames frames = new LiveFrames(new ReplayRing(cfg.replayRing(), RING_BYTES));
    frames.prefill(newest.head(), newest.events());
    LatestNews latest = new LatestNews(newest, new ListStore(pool), cfg.hotArticles(), cfg.hotPerTopic(), MAX_TOPICS);
    SequencedFanOut fanOut = new SequencedFanOut(vertx,
        new RedisTransport(vertx, cfg.redisUrl(), cfg.redisChannel(), new WireFormat(cfg.fanOutSecret())), events,
        cfg.catchUpMillis());
    fanOut.observe(frames);
    fanOut.observe(latest);
    Metrics metrics = new Metrics(registry);
    TickerStats tickerStats = new TickerStats();
    metrics.bind(tickerStats, fanOut.stats(), fanOut::connected);
    metrics.bindReads(latest.stats());
    ScheduledStore scheduled = new ScheduledStore(pool, writes, store);
    NewsroomRoutes newsroom = new NewsroomRoutes(store, new EditorStore(pool), scheduled, new Revisions(pool), fanOut,
        new WriteLimiter(cfg.writesPerMinute()), cfg.adminToken(), cfg.bodyLimitBytes());
    ClientAddress addresses = new ClientAddress(cfg.trustForwarded(), cfg.trustedHops());
    Services services = new Services(pool, writes, store, new EventLogReplays(events),
        new ResumeRule(cfg.replayWindow(), cfg.replayLimit()), fanOut, frames, latest,
        new ConnectionLimiter(cfg.maxStreamsPerClient()), tickerStats, metrics, newsroom,
        new ReadLimiter("searches", cfg.searchesPerMinute(), addresses, LIMITED_ADDRESSES),
        new ReadGate(latest.stats(),
            new ReadLimiter("reads of older news", cfg.coldReadsPerMinute(), addresses, LIMITED_ADDRESSES)));
    List<HttpVerticle> verticles = new ArrayList<>();
    App app = new App(vertx, services, fanOut, verticles);
    app.scheduler = new ScheduledPublisher(vertx, scheduled, fanOut);
    app.retention = new RetentionJob(vertx, new RetentionStore(writes, RETENTION_BATCH, RETENTION_BATCHES),
        cfg.replayWindow());
    return fanOut.start(newest.head())
        .onSuccess(started -> {
          app.scheduler.start(cfg.schedulerMillis());
          app.retention.start(cfg.retentionInterval());
        })
        .compose(started -> vertx.deployVerticle(() -> {
          HttpVerticle verticle = new HttpVerticle(cfg, services);
          synchronized (verticles) {
            verticles.add(verticle);
          }
          return verticle;
        }, new DeploymentOptions().setInstances(cfg.httpInstances())))
        .map(id -> {
          app.deployment = id;
          return app;
        });
  }

  public int port() {
    return verticles.get(0).port();
  }

  public SequencedFanOut fanOut() {
    return fanOut;
  }

  public TickerStats tickerStats() {
    return services.tickerStats();
  }

  public RetentionJob retention() {
    return retention;
  }

  /** Ends streams with a short retry, stops listening, then closes Redis and PostgreSQL. */
  public Future<Void> close() {
    scheduler.stop();
    retention.stop();
    Future<Void> undeployed = deployment == null ? Future.succeededFuture() : vertx.undeploy(deployment);
    return undeployed.eventually(fanOut::close).eventually(services.writes()::close)
        .eventually(services.pool()::close)
        .eventually(() -> {
          services.metrics().close();
          return Future.succeededFuture();
        });
  }
}
