package news.akhbar.app;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import news.akhbar.config.AppConfig;
import news.akhbar.feed.FeedRoutes;
import news.akhbar.health.HealthRoutes;
import news.akhbar.latest.ListStore;
import news.akhbar.latest.NewsRoutes;
import news.akhbar.latest.TopicStore;
import news.akhbar.metrics.MetricsRoutes;
import news.akhbar.page.ArticlePageRoutes;
import news.akhbar.page.ConsolePageRoutes;
import news.akhbar.page.FrontPageRoutes;
import news.akhbar.search.SearchRoutes;
import news.akhbar.search.SearchStore;
import news.akhbar.ticker.Ticker;
import news.akhbar.web.ClientAddress;
import news.akhbar.web.Origins;
import news.akhbar.web.Problem;
import news.akhbar.web.ProblemHandler;
import news.akhbar.web.QueryStrings;
import news.akhbar.web.RequestHeadTimeout;
import news.akhbar.web.RequestIds;
import news.akhbar.web.SecurityHeaders;
import news.akhbar.web.StaticAssets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One per event loop: the router, this loop's ticker hub, and the listening socket (shared by all instances). */
final class HttpVerticle extends VerticleBase {

  private static final Logger log = LoggerFactory.getLogger(HttpVerticle.class);

  /** The shortest retry: hint of a stream ended on shutdown; AKHBAR_RECONNECT_SPREAD_MILLIS spreads them above it. */
  private static final int GOODBYE_MILLIS = 500;
  private static final String STREAM = "/api/v1/stream";

  private final AppConfig cfg;
  private final Services services;
  private Ticker ticker;
  private NewsRoutes news;
  private StaticAssets assets;
  private FeedRoutes feeds;
  private ArticlePageRoutes articlePages;
  private FrontPageRoutes frontPage;
  private Router router;
  private HttpServer server;

  private final boolean cors;

  HttpVerticle(AppConfig cfg, Services services) {
    this.cfg = cfg;
    this.services = services;
    this.cors = !cfg.corsOrigins().isEmpty();
  }

  @Override
  public Future<?> start() {
    router = Router.router(vertx);
    router.route().method(HttpMethod.HEAD).handler(HttpVerticle::headAsGet);
    SecurityHeaders.mount(router, cfg.corsOrigins());
    router.route().handler(RequestIds::assign);
    router.route().handler(QueryStrings::check);
    new HealthRoutes(services::ping, services.fanOut()::connected).mount(router);
    new MetricsRoutes(services.metrics()).mount(router);
    ticker = new Ticker(services.events(), services.ring(), services.limiter(), services.tickerStats(),
        cfg.writeQueueBytes(), new ClientAddress(cfg.trustForwarded(), cfg.trustedHops()), GOODBYE_MILLIS,
        cfg.reconnectSpreadMillis());
    ticker.mount(router);
    TopicStore topics = new TopicStore(services.pool());
    ListStore lists = new ListStore(services.pool());
    SearchStore search = new SearchStore(services.pool());
    Origins origins = new Origins(cfg.publicUrl());
    news = new NewsRoutes(services.latest(), services.store(), lists, topics, services.reads());
    news.mount(router);
    new SearchRoutes(search, services.searches()).mount(router);
    feeds = new FeedRoutes(services.latest(), lists, origins, services.reads());
    feeds.mount(router);
    services.newsroom().mount(router);
    router.route("/api/*").handler(rc -> rc.fail(Problem.notFound("resource")));
    articlePages = new ArticlePageRoutes(services.latest(), services.store(), lists, origins, services.reads());
    articlePages.mount(router);
    frontPage = new FrontPageRoutes(services.latest(), lists, topics, search, origins, services.reads(),
        services.searches());
    frontPage.mount(router);
    new ConsolePageRoutes().mount(router);
    assets = new StaticAssets(vertx, cfg.webroot());
    router.get("/*").handler(StaticHandler.create(cfg.webroot()).setIncludeHidden(false).setMaxAgeSeconds(60)
        .setDefaultContentEncoding("UTF-8"));
    router.route().failureHandler(new ProblemHandler(StoreProblems::problemFor));
    router.route().last().handler(rc -> rc.fail(Problem.notFound("page")));
    return ticker.start(vertx, services.fanOut(), cfg.heartbeatSeconds())
        .compose(v -> vertx.createHttpServer(serverOptions(cfg)).requestHandler(this::handle)
            .connectionHandler(new RequestHeadTimeout(cfg.headerTimeoutSeconds())).listen())
        .onSuccess(s -> server = s);
  }

  /**
   * Readers' hot GETs (and HEADs) are answered before the router when memory holds the answer: a stream's opening,
   * the newest lists, articles and topics, the front page, article pages and feeds. Everything else, and anything
   * unusual (CORS, a refusal, a cold read, a query that does not decode), goes through the router and its handlers.
   */
  private void handle(HttpServerRequest req) {
    HttpMethod method = req.method();
    boolean read = method == HttpMethod.GET || (method == HttpMethod.HEAD && !req.path().equals(STREAM));
    if (!read || (cors && req.getHeader("Origin") != null) || !answeredEarly(req)) {
      router.handle(req);
    }
  }

  /**
   * HEAD is answered as GET, whose body Vert.x then leaves out, except on the stream, which would stay open with
   * nothing to send: 405 there.
   */
  private static void headAsGet(RoutingContext rc) {
    if (rc.request().path().equals(STREAM)) {
      rc.fail(Problem.of(405, "method-not-allowed", "the stream answers GET only").withHeader("Allow", "GET"));
    } else {
      rc.reroute(HttpMethod.GET, rc.request().uri());
    }
  }

  private boolean answeredEarly(HttpServerRequest req) {
    String path = req.path();
    boolean api = path.startsWith("/api/v1/");
    boolean page = path.equals("/") || path.startsWith("/a/") || path.startsWith("/feed.");
    if ((!api && !page && path.indexOf('.') < 0) || !QueryStrings.readable(req)) {
      return false;
    }
    HttpServerResponse res = req.response();
    SecurityHeaders.applyTo(res);
    String requestId = RequestIds.assign(res);
    boolean answered;
    try {
      answered = path.equals(STREAM) ? ticker.tryStream(req)
          : api ? news.tryServe(req, path)
          : path.equals("/") ? frontPage.tryServe(req)
          : path.startsWith("/a/") ? articlePages.tryServe(req, path)
          : path.startsWith("/feed.") ? feeds.tryServe(req, path)
          : assets.tryServe(req, path);
    } catch (RuntimeException e) {
      // thrown out of a request handler it would leave the reader waiting for ever; answer the 500 instead
      log.atError().addKeyValue("requestId", requestId).setCause(e).log("GET {} failed [{}]", path, requestId);
      ProblemHandler.send(res, ProblemHandler.internal());
      return true;
    }
    if (!answered) {
      res.headers().clear();   // the router sets its own
    }
    return answered;
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
