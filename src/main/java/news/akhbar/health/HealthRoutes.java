package news.akhbar.health;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import news.akhbar.json.Json;

/** /health/live (the process answers) and /health/ready (PostgreSQL answers and the fan-out is connected). */
public final class HealthRoutes {

  private final Supplier<Future<?>> database;
  private final BooleanSupplier fanOut;

  public HealthRoutes(Supplier<Future<?>> database, BooleanSupplier fanOut) {
    this.database = database;
    this.fanOut = fanOut;
  }

  public void mount(Router router) {
    router.get("/health/live").handler(rc -> reply(rc, Map.of("status", "UP"), true));
    router.get("/health/ready").handler(this::ready);
  }

  void ready(RoutingContext rc) {
    database.get().map(ok -> true).otherwise(false).onSuccess(db -> {
      boolean redis = fanOut.getAsBoolean();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", db && redis ? "UP" : "DOWN");
      body.put("postgres", db ? "UP" : "DOWN");
      body.put("redis", redis ? "UP" : "DOWN");
      reply(rc, body, db && redis);
    });
  }

  private static void reply(RoutingContext rc, Map<String, ?> body, boolean up) {
    rc.response().setStatusCode(up ? 200 : 503)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(Json.buffer(body));
  }
}
