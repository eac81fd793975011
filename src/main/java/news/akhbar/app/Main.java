package news.akhbar.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import news.akhbar.config.AppConfig;
import news.akhbar.config.DevConfig;
import news.akhbar.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Akhbar from the environment (or runs an editor command) and stops it gracefully on SIGTERM. The entry point of
 * the server jar, where AKHBAR_PG_URL and AKHBAR_REDIS_URL are required; target/akhbar.jar enters through
 * {@code app.firstrun.FirstRun}, which calls {@link #run} with its own {@link StoreUrls}.
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    run(args, StoreUrls::requireConfigured);
  }

  /** Runs an editor command, or starts Akhbar with the stores whose URLs are missing found by {@code storeUrls}. */
  public static void run(String[] args, Function<DevConfig, StoreUrls> storeUrls) {
    if ("json".equalsIgnoreCase(System.getenv("AKHBAR_LOG_FORMAT"))
        && System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-json.xml");   // before the first logger
    }
    Logger log = LoggerFactory.getLogger(Main.class);
    Map<String, String> env = System.getenv();
    if (args.length > 0) {
      System.exit(EditorCli.run(args, AppConfig.pgUrlOf(env), System.out, System.err));
    }
    DevConfig devConfig;
    StoreUrls stores;
    try {
      AppConfig.fromEnv(env);   // every setting checked before an embedded store could start
      devConfig = DevConfig.fromEnv(env);
      stores = storeUrls.apply(devConfig);
    } catch (RuntimeException e) {
      log.error("Akhbar could not start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    AppConfig cfg = AppConfig.fromEnv(stores.env(env));
    PrometheusMeterRegistry registry = Metrics.newRegistry();
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setPreferNativeTransport(true)
            .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(cfg.vertxMetrics())))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    AtomicReference<App> started = new AtomicReference<>();
    // Registered before anything can fail, so embedded stores stop on every exit, and only after the app has closed.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        App app = started.get();
        if (app != null) {
          app.close().await(10, TimeUnit.SECONDS);
        }
        vertx.close().await(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.warn("shutdown did not finish cleanly: {}", e.toString());
      } finally {
        stores.close();
      }
    }, "akhbar-shutdown"));
    App app;
    try {
      app = App.start(vertx, cfg, registry).await(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.error("Akhbar could not start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    started.set(app);
    if (devConfig.wantsSampleContent()) {
      SampleContent.insertIfEmpty(vertx, cfg, app.fanOut())
          .onFailure(e -> log.warn("sample articles were not added: {}", e.toString()));
    }
    String host = "0.0.0.0".equals(cfg.httpHost()) ? "localhost" : cfg.httpHost();
    log.info("Akhbar is live at http://{}:{}/ ({} transport)", host, app.port(),
        vertx.isNativeTransportEnabled() ? "native" : "NIO");
    if (cfg.adminTokenGenerated()) {
      log.info("No AKHBAR_ADMIN_TOKEN was set; this run's admin token is: {}", cfg.adminToken());
    }
  }
}
