package news.akhbar.editor;

import io.vertx.core.Future;
import news.akhbar.article.ArticleStore;
import news.akhbar.article.Committed;
import news.akhbar.fanout.FanOut;

/** Store first, then fan-out: an event goes out only once committed, and nothing committed can be lost. */
final class Publisher {

  private final ArticleStore store;
  private final FanOut fanOut;

  Publisher(ArticleStore store, FanOut fanOut) {
    this.store = store;
    this.fanOut = fanOut;
  }

  Future<Committed> create(ArticleRequest.Create request) {
    return store.create(request.article(), request.excerptDerived()).onSuccess(this::announce);
  }

  Future<Committed> update(long id, ArticleRequest.Change change) {
    return store.update(id, change.patch(), change.derivedExcerpt()).onSuccess(this::announce);
  }

  Future<Committed> retract(long id) {
    return store.retract(id).onSuccess(this::announce);
  }

  private void announce(Committed committed) {
    fanOut.publish(committed.event());
  }
}
