package news.akhbar.app;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import news.akhbar.config.AppConfig;
import news.akhbar.contract.ContractRoutes;
import news.akhbar.editor.NewsroomRoutes;
import news.akhbar.feed.FeedRoutes;
import news.akhbar.health.HealthRoutes;
import news.akhbar.latest.NewsRoutes;
import news.akhbar.live.LiveRoutes;
import news.akhbar.metrics.MetricsRoutes;
import news.akhbar.page.ArticlePageRoutes;
import news.akhbar.page.ConsolePageRoutes;
import news.akhbar.page.FrontPageRoutes;
import news.akhbar.page.LivePageRoutes;
import news.akhbar.photo.PhotoRoutes;
import news.akhbar.topic.TopicNameRoutes;
import news.akhbar.ticker.Ticker;
import news.akhbar.web.AllowedMethods;
import news.akhbar.web.FrontDoor;
import news.akhbar.web.HttpDates;
import news.akhbar.web.ProblemHandler;
import news.akhbar.web.RequestBodies;
import news.akhbar.web.RequestHeadTimeout;
import news.akhbar.web.StaticAssets;
import news.akhbar.web.UnreadableRequests;

/**
 * One per event loop: this loop's routes and ticker hub, the router they mount on, and the listening socket (shared
 * by all instances). Requests enter through the {@link FrontDoor}, which answers hot reads from memory before the
 * router.
 */
final class HttpVerticle extends VerticleBase {

  private final AppConfig cfg;
  private final ReaderParts readers;
  private final StreamParts streams;
  private final NewsroomRoutes newsroom;
  private final LiveRoutes live;
  private final HealthRoutes health;
  private final MetricsRoutes metrics;
  private final ContractRoutes contract;
  private final PhotoRoutes photos;
  private final TopicNameRoutes topicNames;
  private Ticker ticker;
  private Router router;
  private HttpServer server;

  HttpVerticle(AppConfig cfg, ReaderParts readers, StreamParts streams, NewsroomRoutes newsroom, LiveRoutes live,
      HealthRoutes health, MetricsRoutes metrics, ContractRoutes contract, PhotoRoutes photos,
      TopicNameRoutes topicNames) {
    this.cfg = cfg;
    this.readers = readers;
    this.streams = streams;
    this.newsroom = newsroom;
    this.live = live;
    this.health = health;
    this.metrics = metrics;
    this.contract = contract;
    this.photos = photos;
    this.topicNames = topicNames;
  }

  @Override
  public Future<?> start() {
    ticker = streams.ticker(cfg);
    router = Router.router(vertx);
    FrontDoor door = assemble(router);
    return ticker.start(vertx, streams.fanOut(), cfg.heartbeatSeconds())
        .compose(v -> {
          HttpServerOptions options = serverOptions(cfg);
          return vertx.createHttpServer(options).requestHandler(door)
              .invalidRequestHandler(new UnreadableRequests(options))
              .connectionHandler(new RequestHeadTimeout(cfg.headerTimeoutSeconds())).listen();
        })
        .onSuccess(s -> server = s);
  }

  /** Builds this loop's routes and mounts them in order: the front door's own first, the catch-alls last. */
  private FrontDoor assemble(Router router) {
    NewsRoutes news = readers.newsRoutes();
    FeedRoutes feeds = readers.feedRoutes();
    ArticlePageRoutes articlePages = readers.articlePageRoutes();
    FrontPageRoutes frontPage = readers.frontPageRoutes();
    StaticAssets assets = new StaticAssets(vertx, cfg.webroot());
    new RequestBodies(vertx, cfg.headerTimeoutSeconds(), cfg.bodyTimeoutSeconds()).mount(router);
    FrontDoor door = FrontDoor.open(router, cfg.corsOrigins(),
        List.of(ticker, news, frontPage, articlePages, feeds, assets));
    health.mount(router);
    metrics.mount(router);
    ticker.mount(router);
    news.mount(router);
    readers.searchRoutes().mount(router);
    feeds.mount(router);
    readers.liveFeedRoutes().mount(router);
    newsroom.mount(router);
    photos.mount(router);
    topicNames.mount(router);
    live.mount(router);
    contract.mount(router);
    AllowedMethods allowed = new AllowedMethods(router, door::answersHead);
    router.route("/api/*").handler(allowed.orNotFound("resource"));
    articlePages.mount(router);
    new LivePageRoutes(live.reads(), readers.articles(), readers.origins(), readers.reads(), readers.names())
        .mount(router);
    frontPage.mount(router);
    new ConsolePageRoutes(readers.names()).mount(router);
    router.get("/*").handler(HttpDates::rewriteWritten).handler(StaticHandler.create(cfg.webroot())
        .setIncludeHidden(false).setMaxAgeSeconds(60).setDefaultContentEncoding("UTF-8"));
    router.route().failureHandler(new ProblemHandler(StoreProblems::problemFor));
    router.route().last().handler(allowed.orNotFound("page"));
    return door;
  }

  /**
   * HTTP/1.1, plus cleartext HTTP/2 on the same port when AKHBAR_H2C is on (off by default: browsers never speak
   * it, and sniffing every connection for it costs each reader's arrival); TLS with ALPN (h2, http/1.1) when a
   * certificate is configured.
   */
  static HttpServerOptions serverOptions(AppConfig cfg) {
    HttpServerOptions options = new HttpServerOptions().setHost(cfg.httpHost()).setPort(cfg.httpPort())
        .setTcpNoDelay(true).setCompressionSupported(cfg.compression()).setHttp2ClearTextEnabled(cfg.h2c())
        .setMaxHeaderSize(32 * 1024).setMaxInitialLineLength(16 * 1024)
        // every response is written on its own event loop: no cross-thread write queue per connection (~4 KB each)
        .setStrictThreadMode(true)
        // no WebSocket route, so no WebSocket deflate: keeps an extension handler out of every stream write
        .setPerFrameWebSocketCompressionSupported(false).setPerMessageWebSocketCompressionSupported(false);
    if (cfg.tlsCertPath() != null) {
      options.setSsl(true).setUseAlpn(true).setKeyCertOptions(new PemKeyCertOptions()
          .setCertPath(cfg.tlsCertPath()).setKeyPath(cfg.tlsKeyPath()));
    }
    return options;
  }

  int port() {
    return server.actualPort();
  }

  /** The routes mounted on this loop's router, in order: what the contract test compares with the document. */
  List<Route> routes() {
    return router.getRoutes();
  }

  /** Ends every stream with a short retry, then stops listening. */
  @Override
  public Future<?> stop() {
    if (ticker != null) {
      ticker.stop(vertx);
    }
    // Stops accepting at once; requests in flight (a POST mid-commit) get up to 5 s to finish.
    return server == null ? Future.succeededFuture() : server.shutdown(5, java.util.concurrent.TimeUnit.SECONDS);
  }
}
