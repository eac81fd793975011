package news.akhbar.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.net.NetClientOptions;
import io.vertx.ext.web.Route;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.EventLog;
import news.akhbar.article.Revisions;
import news.akhbar.config.AppConfig;
import news.akhbar.contract.ContractRoutes;
import news.akhbar.editor.BearerAuth;
import news.akhbar.editor.EditorStore;
import news.akhbar.editor.NewsroomRoutes;
import news.akhbar.editor.ScheduledPublisher;
import news.akhbar.editor.ScheduledStore;
import news.akhbar.editor.WriteLimiter;
import news.akhbar.fanout.RedisTransport;
import news.akhbar.fanout.SequencedFanOut;
import news.akhbar.fanout.WireFormat;
import news.akhbar.health.HealthRoutes;
import news.akhbar.latest.LatestBoot;
import news.akhbar.latest.LatestBootStore;
import news.akhbar.latest.LatestNews;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.ReadGate;
import news.akhbar.latest.TopicStore;
import news.akhbar.live.AudienceRoutes;
import news.akhbar.live.CoverageStore;
import news.akhbar.live.EntryStore;
import news.akhbar.live.LiveAudience;
import news.akhbar.live.LiveReadStore;
import news.akhbar.live.LiveRoutes;
import news.akhbar.live.RedisAudience;
import news.akhbar.metrics.Metrics;
import news.akhbar.metrics.MetricsRoutes;
import news.akhbar.photo.PhotoRoutes;
import news.akhbar.photo.PostgresPhotoStore;
import news.akhbar.retention.RetentionJob;
import news.akhbar.retention.RetentionStore;
import news.akhbar.search.LuceneSearch;
import news.akhbar.search.Search;
import news.akhbar.search.SearchIndexStore;
import news.akhbar.search.SearchStore;
import news.akhbar.ticker.ConnectionLimiter;
import news.akhbar.ticker.LiveFrames;
import news.akhbar.ticker.ReplayRing;
import news.akhbar.ticker.ResumeRule;
import news.akhbar.ticker.TickerStats;
import news.akhbar.ticker.TopicAudience;
import news.akhbar.topic.NamedTopics;
import news.akhbar.topic.TopicNameRoutes;
import news.akhbar.topic.TopicNameStore;
import news.akhbar.web.ClientAddress;
import news.akhbar.web.Origins;
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
  /** Uploads decoded at once: each may take ~100 MB while its sizes are made. */
  private static final int PHOTO_WORKERS = 2;
  /** Searches of the index run at once: CPU work of a few milliseconds each. */
  private static final int SEARCH_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
  /** Client addresses each read limiter tracks at most (about 100 bytes each). */
  private static final int LIMITED_ADDRESSES = 100_000;

  private final Vertx vertx;
  private final Pool pool;
  private final Pool writes;
  private final SequencedFanOut fanOut;
  private final Metrics metrics;
  private final TickerStats tickerStats;
  /** This instance among the deployment's: how it counts its own readers in Redis, and how the log names it. */
  private final String instanceId;
  private final List<HttpVerticle> verticles = new ArrayList<>();
  private String deployment;
  private ScheduledPublisher scheduler;
  private RetentionJob retention;
  private LiveAudience audience;
  private WorkerExecutor photoWorkers;
  private LuceneSearch index;

  private App(Vertx vertx, Pool pool, Pool writes, SequencedFanOut fanOut, Metrics metrics, TickerStats tickerStats,
      String instanceId) {
    this.instanceId = instanceId;
    this.vertx = vertx;
    this.pool = pool;
    this.writes = writes;
    this.fanOut = fanOut;
    this.metrics = metrics;
    this.tickerStats = tickerStats;
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
      Pool pool = pool(vertx, pg, "akhbar-reads", 8, 2048, 5);
      // Writes queue on the event counter's row lock. With a pool of their own, writers waiting there (up to the
      // session's lock_timeout) hold at most these connections, never the ones reads and token lookups need.
      Pool writes = pool(vertx, pg, "akhbar-writes", WRITE_CONNECTIONS, 256, 3);
      EventLog events = new EventLog(pool);
      ArticleStore store = new ArticleStore(pool, writes);
      TopicNameStore topicNames = new TopicNameStore(pool, writes);
      // the names are read after the newest news: at a head no older than the one the fan-out starts from
      return new LatestBootStore(pool).read(cfg.hotArticles(), cfg.hotPerTopic(), MAX_TOPICS, cfg.replayRing())
          .compose(newest -> topicNames.load().compose(names -> start(vertx, cfg, registry, pool, writes, events,
              store, newest, new Named(topicNames, new NamedTopics(names)))));
    });
  }

  /**
   * @param name the pool's name in Vert.x's meters (vertx_pool_*{pool_name}, vertx_sql_*{namespace}): two pools left
   *     with the default name would register the same gauges twice, and Micrometer would warn at every start
   */
  private static Pool pool(Vertx vertx, PgConnectOptions pg, String name, int size, int waiting, int waitSeconds) {
    return PgBuilder.pool().with(new PoolOptions().setName(name).setMaxSize(size).setMaxWaitQueueSize(waiting)
            .setConnectionTimeout(waitSeconds).setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.SECONDS))
        .with(new NetClientOptions().setConnectTimeout(3_000).setTcpNoDelay(true))
        .connectingTo(new PgConnectOptions(pg).setMetricsName(name)).using(vertx).build();
  }

  private static Future<App> start(Vertx vertx, AppConfig cfg, PrometheusMeterRegistry registry, Pool pool,
      Pool writes, EventLog events, ArticleStore store, LatestBoot newest, Named named) {
    LiveFrames frames = new LiveFrames(new ReplayRing(cfg.replayRing(), RING_BYTES));
    frames.prefill(newest.head(), newest.events());
    LatestNews latest = new LatestNews(newest, new ListStore(pool), cfg.hotArticles(), cfg.hotPerTopic(), MAX_TOPICS);
    SequencedFanOut fanOut = new SequencedFanOut(vertx,
        new RedisTransport(vertx, cfg.redisUrl(), cfg.redisChannel(), new WireFormat(cfg.fanOutSecret())), events,
        cfg.catchUpMillis());
    fanOut.observe(named.names());   // before the newest news: a snapshot renewed by a rename renders the new name
    fanOut.observe(frames);
    fanOut.observe(latest);
    SearchStore postgresSearch = new SearchStore(pool);
    LuceneSearch index = cfg.searchDir() == null ? null : new LuceneSearch(vertx, java.nio.file.Path.of(cfg.searchDir()),
        postgresSearch, events, new SearchIndexStore(pool), SEARCH_THREADS);
    if (index != null) {
      fanOut.observe(index);
    }
    Metrics metrics = new Metrics(registry);
    TickerStats tickerStats = new TickerStats();
    metrics.bind(tickerStats, fanOut.stats(), fanOut::connected);
    metrics.bindReads(latest.stats());
    ScheduledStore scheduled = new ScheduledStore(pool, writes, store);
    PostgresPhotoStore photos = new PostgresPhotoStore(pool);
    NewsroomRoutes newsroom = new NewsroomRoutes(store, new EditorStore(pool), scheduled, new Revisions(pool), photos, fanOut,
        new WriteLimiter(cfg.writesPerMinute()), cfg.adminToken(), cfg.bodyLimitBytes());
    ReaderParts readers = readers(cfg, pool, store, latest, new LiveReadStore(pool, events),
        index != null ? index : postgresSearch, named.names());
    TopicNameRoutes topicNames = new TopicNameRoutes(named.store(), named.names(), newsroom.gate(), fanOut,
        cfg.bodyLimitBytes());
    String instanceId = UUID.randomUUID().toString();
    TopicAudience liveReaders = new TopicAudience(LiveAudience.TOPIC_PREFIX);
    StreamParts streams = new StreamParts(new EventLogReplays(events),
        new ResumeRule(cfg.replayWindow(), cfg.replayLimit()), frames, fanOut,
        new ConnectionLimiter(cfg.maxStreamsPerClient()), tickerStats, liveReaders);
    LiveAudience audience = new LiveAudience(vertx, liveReaders,
        new RedisAudience(vertx, cfg.redisUrl(), cfg.redisChannel(), instanceId));
    metrics.bindAudience(audience::own);
    LiveRoutes live = new LiveRoutes(new CoverageStore(writes), new EntryStore(writes),
        readers.liveReads(), newsroom.gate(), fanOut, readers.reads(), cfg.bodyLimitBytes(),
        new AudienceRoutes(audience, new BearerAuth(cfg.adminToken(), new EditorStore(pool))));
    HealthRoutes health = new HealthRoutes(() -> pool.query("SELECT 1").execute(), fanOut::connected);
    MetricsRoutes scrape = new MetricsRoutes(metrics);
    ContractRoutes contract = ContractRoutes.load(vertx);
    App app = new App(vertx, pool, writes, fanOut, metrics, tickerStats, instanceId);
    app.photoWorkers = vertx.createSharedWorkerExecutor("akhbar-photos", PHOTO_WORKERS);
    PhotoRoutes photoRoutes = new PhotoRoutes(photos, newsroom.gate(), app.photoWorkers);
    app.scheduler = new ScheduledPublisher(vertx, scheduled, fanOut);
    app.audience = audience;
    app.index = index;
    app.retention = new RetentionJob(vertx, new RetentionStore(writes, RETENTION_BATCH, RETENTION_BATCHES),
        cfg.replayWindow());
    return fanOut.start(newest.head())
        .onSuccess(started -> {
          app.scheduler.start(cfg.schedulerMillis());
          app.retention.start(cfg.retentionInterval());
          app.audience.start();
          if (app.index != null) {
            app.index.start();
          }
        })
        .compose(started -> vertx.deployVerticle(() -> app.added(
            new HttpVerticle(cfg, readers, streams, newsroom, live, health, scrape, contract, photoRoutes,
                topicNames)),
            new DeploymentOptions().setInstances(cfg.httpInstances())))
        .map(id -> {
          app.deployment = id;
          return app;
        });
  }

  /** The readers' side, with its two per-address budgets: reads memory cannot answer, and searches. */
  private static ReaderParts readers(AppConfig cfg, Pool pool, ArticleStore store, LatestNews latest,
      LiveReadStore liveReads, Search search, NamedTopics names) {
    ClientAddress addresses = new ClientAddress(cfg.trustForwarded(), cfg.trustedHops());
    ReadGate reads = new ReadGate(latest.stats(),
        new ReadLimiter("reads of older news", cfg.coldReadsPerMinute(), addresses, LIMITED_ADDRESSES));
    return new ReaderParts(latest, store, new ListStore(pool), new TopicStore(pool), search, reads,
        new ReadLimiter("searches", cfg.searchesPerMinute(), addresses, LIMITED_ADDRESSES),
        new Origins(cfg.publicUrl()), liveReads, names);
  }

  /** The topics' names: their store and this instance's view of them. */
  private record Named(TopicNameStore store, NamedTopics names) {
  }

  private HttpVerticle added(HttpVerticle verticle) {
    synchronized (verticles) {
      verticles.add(verticle);
    }
    return verticle;
  }

  public int port() {
    return verticles.get(0).port();
  }

  /** The first event loop's router routes (every loop mounts the same), for the contract test. */
  public List<Route> routes() {
    return verticles.get(0).routes();
  }

  public String instanceId() {
    return instanceId;
  }

  public SequencedFanOut fanOut() {
    return fanOut;
  }

  public TickerStats tickerStats() {
    return tickerStats;
  }

  /** This instance's search index; null when search asks PostgreSQL (AKHBAR_SEARCH=postgres). */
  public LuceneSearch searchIndex() {
    return index;
  }

  public RetentionJob retention() {
    return retention;
  }

  /** Ends streams with a short retry, stops listening, then closes Redis and PostgreSQL. */
  public Future<Void> close() {
    scheduler.stop();
    retention.stop();
    Future<Void> undeployed = deployment == null ? Future.succeededFuture() : vertx.undeploy(deployment);
    Future<Void> stopped = undeployed.eventually(() -> index == null ? Future.succeededFuture() : index.close());
    return stopped.eventually(photoWorkers::close).eventually(audience::close).eventually(fanOut::close).eventually(writes::close).eventually(pool::close)
        .eventually(() -> {
          metrics.close();
          return Future.succeededFuture();
        });
  }
}
