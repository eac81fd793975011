package news.akhbar.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import news.akhbar.article.Idempotency;
import news.akhbar.article.Idempotency.StoredReply;
import news.akhbar.editor.EditorGate;
import news.akhbar.fanout.FanOut;
import news.akhbar.json.Json;
import news.akhbar.web.JsonBody;

/**
 * The newsroom's live writes, behind the same token, write limit and Idempotency-Key as articles: start and end a
 * coverage, add, change (pin, key event, summary) and delete entries. Each answers once committed and fanned out.
 */
final class LiveDeskRoutes {

  static final String START = "/api/v1/articles/:articleId/live";
  static final String END = "/api/v1/live/:coverageId/end";
  static final String ENTRIES = "/api/v1/live/:coverageId/entries";
  static final String ENTRY = ENTRIES + "/:entryId";

  private final CoverageStore coverages;
  private final EntryStore entries;
  private final EditorGate gate;
  private final FanOut fanOut;
  private final int bodyLimitBytes;

  LiveDeskRoutes(CoverageStore coverages, EntryStore entries, EditorGate gate, FanOut fanOut, int bodyLimitBytes) {
    this.coverages = coverages;
    this.entries = entries;
    this.gate = gate;
    this.fanOut = fanOut;
    this.bodyLimitBytes = bodyLimitBytes;
  }

  void mount(Router router) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(bodyLimitBytes);
    gate.guard(router.post(START));
    gate.guard(router.post(END));
    gate.guardJson(router.post(ENTRIES));
    gate.guardJson(router.patch(ENTRY));
    gate.guard(router.delete(ENTRY));
    router.post(START).handler(this::startCoverage);
    router.post(END).handler(this::endCoverage);
    router.post(ENTRIES).handler(body).handler(this::postEntry);
    router.patch(ENTRY).handler(body).handler(this::patchEntry);
    router.delete(ENTRY).handler(this::deleteEntry);
  }

  void startCoverage(RoutingContext rc) {
    long articleId = LiveIds.path(rc, "articleId");
    created(rc, gate.once(idempotency(rc, null), key -> coverages.start(articleId, EditorGate.author(rc), key)
        .compose(this::announce)
        .map(c -> new StoredReply(null, 201, "/api/v1/live/" + c.view().id(), Json.string(c.view())))));
  }

  void endCoverage(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    reply(rc, coverages.end(coverageId, EditorGate.author(rc)).compose(this::announce).map(Changed::view));
  }

  void postEntry(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    JsonNode json = JsonBody.tree(rc.body().buffer());
    NewEntry entry = EntryRequest.create(json);
    created(rc, gate.once(idempotency(rc, json), key -> entries.add(coverageId, entry, EditorGate.author(rc), key)
        .compose(this::announce)
        .map(c -> new StoredReply(null, 201, "/api/v1/live/" + coverageId + "/entries/" + c.view().id(),
            Json.string(c.view())))));
  }

  void patchEntry(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    long entryId = LiveIds.path(rc, "entryId");
    EntryPatch patch = EntryRequest.change(JsonBody.tree(rc.body().buffer()));
    reply(rc, entries.change(coverageId, entryId, patch, EditorGate.author(rc)).compose(this::announce)
        .map(Changed::view));
  }

  void deleteEntry(RoutingContext rc) {
    long coverageId = LiveIds.path(rc, "coverageId");
    long entryId = LiveIds.path(rc, "entryId");
    entries.delete(coverageId, entryId, EditorGate.author(rc)).compose(this::announce)
        .onSuccess(c -> rc.response().setStatusCode(204).end())
        .onFailure(err -> rc.fail(LiveProblems.of(err)));
  }

  /** Hands the committed event on, and answers once this instance has it (a read here then sees it). */
  private <T> Future<Changed<T>> announce(Changed<T> changed) {
    return fanOut.publish(changed.event()).map(changed);
  }

  /** The key covers the path as well as the body, so a key reused on another coverage is not another's answer. */
  private static Idempotency idempotency(RoutingContext rc, JsonNode body) {
    ObjectNode request = Json.MAPPER.createObjectNode().put("path", rc.normalizedPath());
    request.set("body", body);
    return EditorGate.idempotency(rc, request);
  }

  private static void created(RoutingContext rc, Future<StoredReply> reply) {
    reply.onSuccess(r -> rc.response().setStatusCode(r.status()).putHeader("Location", r.location())
            .putHeader("Content-Type", "application/json; charset=utf-8").end(r.body()))
        .onFailure(err -> rc.fail(LiveProblems.of(err)));
  }

  private static void reply(RoutingContext rc, Future<?> result) {
    result.onSuccess(value -> rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
            .end(Json.buffer(value)))
        .onFailure(err -> rc.fail(LiveProblems.of(err)));
  }
}
