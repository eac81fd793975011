package news.akhbar.app;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Path;
import news.akhbar.config.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up lines an operator reads, in order: the JVM's collector, JIT and heap bound (and, without the production
 * profile, where to find it), the database and Redis this instance uses (passwords masked), its instance id, then
 * (after any sample articles) where it is live and where the newsroom console is, and where a generated admin token
 * was written. They appear under Main's name, as README shows them. No line carries a token.
 */
final class StartupLog {

  private static final Logger log = LoggerFactory.getLogger(Main.class);
  static final String CONSOLE = "/editor/";

  private StartupLog() {
  }

  /**
   * Logs the stores and the instance, adds the sample articles when asked to (their line comes before "live"), then
   * logs where it is live. A failure to add samples is one warning line; the app runs on without them.
   */
  static Future<Void> announce(Vertx vertx, AppConfig cfg, App app, boolean samples, Path tokenFile) {
    stores(cfg, app.instanceId());
    Future<?> added = !samples ? Future.succeededFuture()
        : SampleContent.insertIfEmpty(vertx, cfg, app.fanOut())
            .onFailure(e -> log.warn("sample articles were not added: {}", e.toString()))
            .otherwiseEmpty();
    return added.map(done -> {
      live(cfg, app.port(), vertx.isNativeTransportEnabled() ? "native" : "NIO", tokenFile);
      return null;
    });
  }

  /** Which JVM profile, which stores and which instance, once both stores answered. */
  static void stores(AppConfig cfg, String instanceId) {
    JvmProfile jvm = JvmProfile.ofThisProcess();
    log.info(jvm.summary());
    jvm.advice().ifPresent(log::info);
    log.info("database: {}", AppConfig.withoutPassword(cfg.pgUrl()));
    log.info("redis: {}, channel {}", AppConfig.withoutPassword(cfg.redisUrl()), cfg.redisChannel());
    log.info("instance id: {}", instanceId);
    KernelLimits.ofThisProcess().warnings().forEach(log::warn);
  }

  /** The last lines: where readers and editors go, and how to get this run's admin token if one was made. */
  static void live(AppConfig cfg, int port, String transport, Path tokenFile) {
    String host = "0.0.0.0".equals(cfg.httpHost()) || "::".equals(cfg.httpHost()) ? "localhost" : cfg.httpHost();
    String base = (cfg.tlsCertPath() != null ? "https" : "http") + "://" + host + ":" + port;
    log.info("Akhbar is live at {}/ ({} transport); the newsroom console is at {}{}", base, transport, base, CONSOLE);
    if (!cfg.adminTokenGenerated()) {
      return;
    }
    try {
      Path written = AdminTokenFile.write(tokenFile, cfg.adminToken());
      log.info("No AKHBAR_ADMIN_TOKEN was set: this run's admin token was generated and written to {} (readable by "
          + "its owner only; replaced at every start)", written);
    } catch (IOException | RuntimeException e) {
      log.warn("No AKHBAR_ADMIN_TOKEN was set, and the admin token generated for this run could not be written to {} "
          + "({}): set AKHBAR_ADMIN_TOKEN (or AKHBAR_ADMIN_TOKEN_FILE) to write articles", tokenFile, e.toString());
    }
  }
}
