package news.akhbar.app;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import news.akhbar.config.AppConfig;
import news.akhbar.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Akhbar from the environment and stops it gracefully on SIGTERM. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    if ("json".equalsIgnoreCase(System.getenv("AKHBAR_LOG_FORMAT"))
        && System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-json.xml");   // before the first logger
    }
    Logger log = LoggerFactory.getLogger(Main.class);
    AppConfig cfg = AppConfig.fromEnv(System.getenv());
    if (args.length > 0) {
      System.exit(EditorCli.run(args, cfg.pgUrl(), System.out, System.err));
    }
    PrometheusMeterRegistry registry = Metrics.newRegistry();
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setPreferNativeTransport(true)
            .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    App app;
    try {
      app = App.start(vertx, cfg, registry).await(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.error("Akhbar could not start: {}", e.getMessage());
      vertx.close();
      System.exit(1);
      return;
    }
    String host = "0.0.0.0".equals(cfg.httpHost()) ? "localhost" : cfg.httpHost();
    log.info("Akhbar is live at http://{}:{}/", host, app.port());
    if (cfg.adminTokenGenerated()) {
      log.info("No AKHBAR_ADMIN_TOKEN was set; this run's admin token is: {}", cfg.adminToken());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        app.close().await(10, TimeUnit.SECONDS);
        vertx.close().await(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.warn("shutdown did not finish cleanly: {}", e.toString());
      }
    }, "akhbar-shutdown"));
  }
}
