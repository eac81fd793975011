package news.akhbar.photo;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import news.akhbar.editor.EditorGate;
import news.akhbar.json.Json;
import news.akhbar.web.Caching;
import news.akhbar.web.Problem;

/**
 * POST /api/v1/photos (an editor uploads the image bytes as the body, texts in the query), DELETE
 * /api/v1/photos/{id} (an editor, when no article shows it) and GET /photos/{id}-{width}.jpg (each size, cached
 * forever). Token, write limit, Content-Type and texts are checked before
 * the body is read; the image work runs on the photo workers, never on an event loop.
 */
public final class PhotoRoutes {

  /** The largest upload accepted; more is a 413 before or while reading. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final String FORMAT = "akhbar.photoFormat";
  private static final String TEXTS = "akhbar.photoTexts";
  private static final String FOREVER = "public, max-age=31536000, immutable";

  private final PhotoStorage storage;
  private final EditorGate gate;
  private final WorkerExecutor workers;

  /** @param workers the few threads image decoding may use at once (it takes memory and CPU) */
  public PhotoRoutes(PhotoStorage storage, EditorGate gate, WorkerExecutor workers) {
    this.storage = storage;
    this.gate = gate;
    this.workers = workers;
  }

  public void mount(Router router) {
    gate.guardWith(router.post("/api/v1/photos"), PhotoRoutes::checkHead);
    router.post("/api/v1/photos").handler(BodyHandler.create(false).setBodyLimit(MAX_BYTES)).handler(this::uploadPhoto);
    router.get(PhotoPaths.PREFIX + ":file").handler(this::servePhoto);
    gate.guard(router.delete("/api/v1/photos/:id"));
    router.delete("/api/v1/photos/:id").handler(this::deletePhoto);
  }

  private static void checkHead(RoutingContext rc) {
    rc.put(FORMAT, ImageFormat.declared(rc.request().getHeader("Content-Type")));
    rc.put(TEXTS, PhotoTexts.of(rc.queryParams()));
    rc.next();
  }

  void uploadPhoto(RoutingContext rc) {
    byte[] bytes = rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
    ImageFormat declared = rc.get(FORMAT);
    PhotoTexts texts = rc.get(TEXTS);
    String by = EditorGate.author(rc).name();
    workers.executeBlocking(() -> new NewPhoto(PhotoPaths.id(bytes, texts), texts,
            PhotoProcessor.process(bytes, declared), by), false)
        .compose(storage::save)
        .onSuccess(photo -> rc.response().setStatusCode(201).putHeader("Location", photo.largest().url())
            .putHeader("Content-Type", "application/json; charset=utf-8").end(Json.buffer(photo)))
        .onFailure(rc::fail);
  }

  /** 204 once gone; 409 naming every article (and scheduled item) that shows it, which keeps it. */
  void deletePhoto(RoutingContext rc) {
    String id = rc.pathParam("id");
    if (!PhotoPaths.isId(id)) {
      throw Problem.notFound("photo");
    }
    storage.delete(id, EditorGate.author(rc))
        .onSuccess(uses -> {
          if (uses == null) {
            rc.fail(Problem.notFound("photo"));
          } else if (!uses.isEmpty()) {
            rc.fail(inUse(uses));
          } else {
            rc.response().setStatusCode(204).end();
          }
        })
        .onFailure(rc::fail);
  }

  private static Problem inUse(List<PhotoUse> uses) {
    List<Problem.FieldError> errors = uses.stream()
        .map(use -> new Problem.FieldError("id", "shown by " + use.describe())).toList();
    return new Problem(409, "photo-in-use", "the photo is shown by " + uses.size() + " article(s); remove it from "
        + "them first: " + String.join("; ", uses.stream().map(PhotoUse::describe).toList()), errors,
        Map.of());
  }

  /** 304 while the photo exists: a deleted photo is a 404 even to a client holding its ETag. */
  private void notModified(RoutingContext rc, PhotoPaths.Named named, String etag) {
    storage.has(named.id(), named.width())
        .onSuccess(has -> {
          if (has) {
            rc.response().setStatusCode(304).putHeader("ETag", etag).putHeader("Cache-Control", FOREVER).end();
          } else {
            rc.fail(Problem.notFound("photo"));
          }
        })
        .onFailure(rc::fail);
  }

  void servePhoto(RoutingContext rc) {
    PhotoPaths.Named named = PhotoPaths.parse(rc.pathParam("file"));
    if (named == null) {
      throw Problem.notFound("photo");
    }
    String etag = "\"" + named.id() + "-" + named.width() + "\"";
    if (Caching.matches(rc.request(), null, etag)) {
      notModified(rc, named, etag);
      return;
    }
    storage.size(named.id(), named.width())
        .onSuccess(found -> {
          if (found.isEmpty()) {
            rc.fail(Problem.notFound("photo"));
            return;
          }
          rc.response().putHeader("Content-Type", "image/jpeg").putHeader("Cache-Control", FOREVER)
              .putHeader("ETag", etag).end(found.get());
        })
        .onFailure(rc::fail);
  }
}
