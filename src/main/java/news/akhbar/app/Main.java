package news.akhbar.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
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

  /** Vert.x as the jar runs it: native transport, and its meters in Akhbar's registry. */
  static Vertx vertx(AppConfig cfg, PrometheusMeterRegistry registry) {
    return Vertx.builder()
        .with(new VertxOptions().setPreferNativeTransport(true)
            // Not NET_CLIENT: it registers one gauge per PostgreSQL or Redis connection under the same name, which
            // Micrometer refuses with a warning at every start (and the gauge counted the first connection only);
            // and with the namespace label, each SQL and Redis client's meters are its own (App names each client)
            .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(cfg.vertxMetrics())
                .addDisabledMetricsCategory(MetricsDomain.NET_CLIENT).addLabels(Label.NAMESPACE)))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
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
    Vertx vertx = vertx(cfg, registry);
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
    try {
      StartupLog.announce(vertx, cfg, app, devConfig.wantsSampleContent(), AdminTokenFile.of(env))
          .await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("start-up lines were not all written: {}", e.toString());
    }
  }
}
