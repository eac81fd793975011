package news.akhbar.editor;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Committed;
import news.akhbar.article.Idempotency;
import news.akhbar.article.Idempotency.StoredReply;
import news.akhbar.article.NewArticle;
import news.akhbar.article.Photo;
import news.akhbar.article.Photos;
import news.akhbar.fanout.FanOut;
import news.akhbar.json.Json;
import news.akhbar.web.Problem;

/** Store first, then fan-out: an event goes out only once committed, and nothing committed can be lost. */
final class Publisher {

  private final ArticleStore store;
  private final ScheduledStore scheduled;
  private final Photos photos;
  private final FanOut fanOut;

  Publisher(ArticleStore store, ScheduledStore scheduled, Photos photos, FanOut fanOut) {
    this.store = store;
    this.scheduled = scheduled;
    this.photos = photos;
    this.fanOut = fanOut;
  }

  /**
   * Publishes now, or schedules when publishAt is in the future. With a key, a retry gets the first answer back
   * (and publishes nothing); the same key with another body is a 422.
   */
  Future<StoredReply> create(ArticleRequest.Create request, Principal who, Idempotency key) {
    return EditorGate.once(store, key, k -> fresh(request, who, k));
  }

  private Future<StoredReply> fresh(ArticleRequest.Create request, Principal who, Idempotency key) {
    return embedded(request.article().body()).compose(body -> {
      NewArticle article = request.article().withBody(body);
      if (request.publishAt() != null && request.publishAt().isAfter(Instant.now())) {
        return scheduled.schedule(article, request.excerptDerived(), who.author(), request.publishAt(), key)
            .map(s -> new StoredReply(null, 201, "/api/v1/scheduled/" + s.id(), Json.string(s)));
      }
      return published(request, article, who, key);
    });
  }

  private Future<StoredReply> published(ArticleRequest.Create request, NewArticle article, Principal who,
      Idempotency key) {
    return photo(request.photo())
        .compose(lead -> store.create(article.withPhoto(lead), request.excerptDerived(), who.author(), key))
        .compose(this::announce)
        .map(c -> new StoredReply(null, 201, "/api/v1/articles/" + c.article().id(), Json.string(c.article())));
  }

  Future<Committed> update(long id, ArticleRequest.Change change, Principal who) {
    return embedded(change.patch().body()).compose(body -> photo(change.photo())
        .compose(lead -> store.update(id, change.patch().withBody(body).withPhoto(lead), change.derivedExcerpt(),
            who.author())))
        .compose(this::announce);
  }

  /** The photo an article names (null for none); an unknown id is a 400 naming photo. */
  private Future<Photo> photo(String id) {
    if (id == null) {
      return Future.succeededFuture();
    }
    return photos.find(id).map(found -> found.orElseThrow(() -> Problem.field("photo", "no photo has this id")));
  }

  /** The body with each photo it embeds as its figure ({@link BodyPhotos}); an unknown photo is a 400 naming body. */
  private Future<String> embedded(String body) {
    List<Future<Optional<Photo>>> found = BodyPhotos.ids(body).stream().map(photos::find).toList();
    if (found.isEmpty()) {
      return Future.succeededFuture(body);
    }
    return Future.all(found).map(all -> {
      Map<String, Photo> byId = new HashMap<>();
      for (Future<Optional<Photo>> one : found) {
        Photo photo = one.result().orElseThrow(() -> Problem.field("body",
            "embeds a photo that does not exist on this server; upload it with POST /api/v1/photos first"));
        byId.put(photo.id(), photo);
      }
      return BodyPhotos.embed(body, byId);
    });
  }

  Future<Committed> retract(long id, Principal who) {
    return store.retract(id, who.author()).compose(this::announce);
  }

  /** Hands the committed event on, and answers once this instance has it: a read here after the answer sees it. */
  private Future<Committed> announce(Committed committed) {
    return fanOut.publish(committed.event()).map(committed);
  }
}
