package news.akhbar.app;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import news.akhbar.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Akhbar from the environment and stops it gracefully on SIGTERM. */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) {
    AppConfig cfg = AppConfig.fromEnv(System.getenv());
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    App app;
    try {
      app = App.start(vertx, cfg).await(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.error("Akhbar could not start: {}", e.getMessage());
      vertx.close();
      System.exit(1);
      return;
    }
    String host = "0.0.0.0".equals(cfg.httpHost()) ? "localhost" : cfg.httpHost();
    log.info("Akhbar is live at http://{}:{}/ ({} transport)", host, app.port(),
        vertx.isNativeTransportEnabled() ? "native" : "NIO");
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
