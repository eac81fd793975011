package news.akhbar.metrics;

import io.vertx.ext.web.Router;

/** GET /metrics in the Prometheus text format. */
public final class MetricsRoutes {

  private final Metrics metrics;

  public MetricsRoutes(Metrics metrics) {
    this.metrics = metrics;
  }

  public void mount(Router router) {
    router.get("/metrics").handler(rc -> rc.response()
        .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(metrics.scrape()));
  }
}
