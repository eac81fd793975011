package news.akhbar.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import news.akhbar.fanout.FanOutStats;
import news.akhbar.latest.ReadStats;
import news.akhbar.ticker.TickerStats;

/**
 * Akhbar's meters in one Prometheus registry: streams, events, fan-out latency, replays and resets, slow readers,
 * Redis resubscriptions and catch-ups, plus the JVM. Vert.x adds its HTTP and pool meters to the same registry
 * when Main builds Vert.x with it.
 */
public final class Metrics implements AutoCloseable {

  static final String PER_CONNECTION_GAUGE = "vertx.redis.processing.pending";
  /** The SQL client's twin of {@link #PER_CONNECTION_GAUGE}, registered again for each pooled connection. */
  static final String PER_SQL_CONNECTION_GAUGE = "vertx.sql.processing.pending";

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private MultiGauge audience;
  private Supplier<Map<String, Long>> audienceCounts = Map::of;

  public Metrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /**
   * A registry without {@link #PER_CONNECTION_GAUGE}: Vert.x 5.0.7 gives every Redis connection meters of its own and
   * registers that gauge again for each one (vertx-micrometer-metrics#259); Micrometer keeps the first and logs a
   * warning about a meter registered twice whenever a client opens a second connection, or reconnects after an outage.
   * What goes is the count of Redis commands in flight per client; command time per client stays
   * ({@code vertx_redis_processing_time_seconds}), and no warning cries wolf. The PostgreSQL pools do the same
   * ({@link #PER_SQL_CONNECTION_GAUGE}) as soon as a pool opens a second connection, as the search index's rebuild
   * does at start-up beside the newest news' boot; pool meters ({@code vertx_pool_*}) stay.
   */
  public static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(MeterFilter.deny(id -> PER_CONNECTION_GAUGE.equals(id.getName())
        || PER_SQL_CONNECTION_GAUGE.equals(id.getName())));
    return registry;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public void bind(TickerStats ticker, FanOutStats fanOut, BooleanSupplier redisConnected) {
    MeterRegistry r = registry;
    Gauge.builder("akhbar.streams.open", ticker, TickerStats::open).description("open SSE streams").register(r);
    counter(r, "akhbar.events.published", fanOut, FanOutStats::published, "events committed and announced here");
    counter(r, "akhbar.events.delivered", ticker, TickerStats::delivered, "event writes to readers");
    counter(r, "akhbar.stream.replays", ticker, TickerStats::replays, "streams resumed with a replay");
    counter(r, "akhbar.stream.resets", ticker, TickerStats::resets, "resume points refused with event: reset");
    counter(r, "akhbar.stream.slow.dropped", ticker, TickerStats::slowDropped, "readers cut off, queue full");
    counter(r, "akhbar.stream.refused", ticker, TickerStats::refused, "streams refused over the per-client limit");
    counter(r, "akhbar.redis.resubscriptions", fanOut, FanOutStats::resubscribed, "Redis (re)subscriptions");
    counter(r, "akhbar.fanout.catchups", fanOut, FanOutStats::caughtUp, "gaps filled from the event log");
    counter(r, "akhbar.fanout.holes", fanOut, FanOutStats::holes, "missing event ids stepped over");
    counter(r, "akhbar.fanout.store.reads", fanOut, FanOutStats::storeReads, "reads of the event log to catch up");
    FunctionCounter.builder("akhbar.fanout.dropped", fanOut, FanOutStats::unauthenticated).tag("reason",
        "unauthenticated").description("messages between instances dropped unread").register(r);
    FunctionCounter.builder("akhbar.fanout.dropped", fanOut, FanOutStats::invalid).tag("reason", "invalid")
        .description("messages between instances dropped unread").register(r);
    Gauge.builder("akhbar.redis.connected", redisConnected, s -> s.getAsBoolean() ? 1 : 0)
        .description("1 while the Redis subscription is up").strongReference(true).register(r);
    Timer fanOutLatency = Timer.builder("akhbar.fanout.latency")
        .description("announcement to the end of an event loop's write loop, per event")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10)).register(r);
    ticker.onFanOut(millis -> fanOutLatency.record(Math.max(0, millis), TimeUnit.MILLISECONDS));
  }

  /** Reads answered from the newest news in memory, and reads that went to the store. */
  public void bindReads(ReadStats reads) {
    FunctionCounter.builder("akhbar.reads", reads, ReadStats::memory).tag("from", "memory")
        .description("reads of lists, articles, topics, pages and feeds").register(registry);
    FunctionCounter.builder("akhbar.reads", reads, ReadStats::store).tag("from", "store")
        .description("reads of lists, articles, topics, pages and feeds").register(registry);
  }

  /**
   * akhbar_live_audience{coverage}: this instance's readers of each live coverage with readers, read at each scrape
   * (site-wide, this instance's open streams are akhbar_streams_open).
   */
  public synchronized void bindAudience(Supplier<Map<String, Long>> perCoverage) {
    audienceCounts = perCoverage;
    audience = MultiGauge.builder("akhbar.live.audience")
        .description("open streams of a live coverage on this instance").register(registry);
  }

  private static <T> void counter(MeterRegistry r, String name, T source,
      java.util.function.ToDoubleFunction<T> value, String description) {
    FunctionCounter.builder(name, source, value).description(description).register(r);
  }

  public String scrape() {
    refreshAudience();
    return registry.scrape();
  }

  private synchronized void refreshAudience() {
    if (audience != null) {
      List<MultiGauge.Row<?>> rows = new ArrayList<>();
      audienceCounts.get().forEach((coverage, n) -> rows.add(MultiGauge.Row.of(Tags.of("coverage", coverage), n)));
      audience.register(rows, true);
    }
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
