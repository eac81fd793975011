package news.akhbar.search;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import news.akhbar.article.Article;
import news.akhbar.fanout.History;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search from this instance's own Lucene index ({@link LuceneIndex}), kept current by the ordered fan-out like the
 * newest news: it observes every event in id order, and one indexing thread applies them (publish and edit replace
 * the article's document, a retraction deletes it) and refreshes the searcher, so a publish is found within
 * milliseconds. A retraction is left out of results at once, before the indexing thread gets to it.
 *
 * <p>At start-up the index on disk catches up from the event log after the event its last commit names; when the
 * directory is new, unreadable, or older than the log reaches back, it is rebuilt from the store in bounded batches
 * in the background. Until it is ready, and for good if it cannot be opened, searches go to the fallback
 * (PostgreSQL). Commits happen at most once a second, off any event loop.
 */
public final class LuceneSearch implements Search, Consumer<StreamEvent> {

  private static final Logger log = LoggerFactory.getLogger(LuceneSearch.class);
  /** Events or articles read from the store at a time while catching up or rebuilding. */
  static final int BATCH = 1_000;
  private static final long COMMIT_MILLIS = 1_000;

  /** Where the index stands: for operations, the bench and the tests. */
  public record Status(boolean ready, boolean rebuilt, long appliedEventId, int documents, long bytesOnDisk) {}

  private final Path dir;
  private final Search fallback;
  private final History history;
  private final SearchIndexStore store;
  private final ArabicAnalyzer analyzer = new ArabicAnalyzer();
  private final ScheduledExecutorService indexer;
  private final WorkerExecutor searchers;
  private final Context context;
  private final ConcurrentLinkedQueue<StreamEvent> pending = new ConcurrentLinkedQueue<>();
  private final Set<String> gone = ConcurrentHashMap.newKeySet();
  private volatile LuceneIndex index;
  private volatile boolean ready;
  private volatile boolean rebuilt;
  private boolean shut;
  private volatile long applied;
  private long committed;

  /** @param searchThreads searches run at once (each is CPU work of a few milliseconds) */
  public LuceneSearch(Vertx vertx, Path dir, Search fallback, History history, SearchIndexStore store,
      int searchThreads) {
    this.dir = dir;
    this.fallback = fallback;
    this.history = history;
    this.store = store;
    this.context = vertx.getOrCreateContext();
    this.searchers = vertx.createSharedWorkerExecutor("akhbar-search", searchThreads);
    this.indexer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "akhbar-search-index");
      t.setDaemon(true);
      return t;
    });
  }

  /** Opens, catches up or rebuilds the index in the background; never fails (searches then stay on the fallback). */
  public Future<Void> start() {
    long began = System.nanoTime();
    return onIndexer(() -> {
      index = LuceneIndex.open(dir, analyzer);
      applied = index.appliedAtOpen();
      committed = applied;
      return applied;
    }).compose(at -> at < 0 ? rebuild() : Future.succeededFuture()).compose(v -> catchUp()).compose(v -> onIndexer(() -> {
      index.refresh();
      ready = true;
      drain();
      indexer.scheduleWithFixedDelay(this::commit, COMMIT_MILLIS, COMMIT_MILLIS, TimeUnit.MILLISECONDS);
      log.info("search index ready in {} ms: {} articles, event {}, {}", (System.nanoTime() - began) / 1_000_000,
          index.documents(), applied, rebuilt ? "rebuilt from the store" : "caught up from the event log");
      return (Void) null;
    })).recover(e -> {
      log.warn("search index in {} unavailable, searches go to PostgreSQL: {}", dir, e.toString());
      return Future.succeededFuture();
    });
  }

  @Override
  public Future<List<SearchHit>> search(String query, int limit) {
    if (!ready) {
      return fallback.search(query, limit);
    }
    return searchers.executeBlocking(() -> hits(query, limit), false);
  }

  /** Called by the fan-out, on its thread, for every event in id order: queued for the indexing thread. */
  @Override
  public void accept(StreamEvent event) {
    if (event.event().equals("retract")) {
      gone.add(retractedId(event));
    }
    pending.add(event);
    if (ready) {
      indexer.execute(this::drain);
    }
  }

  public Future<Status> status() {
    return onIndexer(() -> new Status(ready, rebuilt, applied, index == null ? 0 : index.documents(),
        index == null ? 0 : index.bytesOnDisk()));
  }

  /** Commits what was applied and closes the index; searches go to the fallback from now on. */
  public Future<Void> close() {
    ready = false;
    Future<Void> closed = onIndexer(() -> {
      if (index != null) {
        commit();
        shut = true;
        index.close();
      }
      return (Void) null;
    });
    return closed.eventually(() -> {
      indexer.shutdown();
      return searchers.close();
    });
  }

  private List<SearchHit> hits(String query, int limit) throws IOException {
    SearchWords words = SearchWords.parse(query, analyzer);
    if (words.query() == null) {
      return List.of();
    }
    List<SearchHit> out = new ArrayList<>(limit);
    Snippets snippets = new Snippets(words.lexemes(), SearchStore.SNIPPET_WORDS);
    for (LuceneIndex.Ranked hit : index.search(words, limit + gone.size())) {
      Article a = hit.article();
      if (out.size() < limit && !gone.contains(a.id())) {
        out.add(new SearchHit(a, snippets.of(SearchStore.snippetText(a.body())), hit.json()));
      }
    }
    return out;
  }

  /** Indexing thread: applies the queued events past the last applied one, then refreshes the searcher once. */
  private void drain() {
    if (!ready) {
      return;
    }
    List<String> retracted = new ArrayList<>();
    boolean changed = false;
    try {
      for (StreamEvent e = pending.poll(); e != null; e = pending.poll()) {
        if (e.event().equals("retract")) {
          retracted.add(retractedId(e));
        }
        if (e.id() > applied) {
          apply(e);
          changed = true;
        }
      }
      if (changed) {
        index.refresh();
      }
      retracted.forEach(gone::remove);
    } catch (IOException | RuntimeException e) {
      ready = false;
      log.error("search index failed at event {}, searches go to PostgreSQL", applied, e);
    }
  }

  private void apply(StreamEvent e) throws IOException {
    switch (e.event()) {
      case "article", "update" -> index.put(Json.read(e.json(), Article.class));
      case "retract" -> index.remove(retractedId(e));
      default -> {
        // live coverage and its entries share the stream but are not searched
      }
    }
    applied = e.id();
  }

  /** The events after the last applied one, a batch at a time; a hole (the log was trimmed) means a rebuild. */
  private Future<Void> catchUp() {
    return history.after(applied, BATCH).compose(events -> {
      if (!events.isEmpty() && events.get(0).id() != applied + 1) {
        log.info("event log starts after event {}: search index rebuilt", applied);
        return rebuild().compose(v -> catchUp());
      }
      return onIndexer(() -> {
        for (StreamEvent e : events) {
          apply(e);
        }
        return events.size();
      }).compose(n -> n < BATCH ? Future.succeededFuture() : catchUp());
    });
  }

  /** Everything again from the store, as of the log's head when it began; later events come by catch-up. */
  private Future<Void> rebuild() {
    rebuilt = true;
    return history.head().compose(head -> onIndexer(() -> {
      index.clear();
      index.bulk(true);
      return (Void) null;
    }).compose(v -> copy(store.after(0, BATCH))).eventually(() -> onIndexer(() -> {
      index.bulk(false);   // the live events' buffer again, whether the copy finished or failed
      return (Void) null;
    })).compose(v -> onIndexer(() -> {
      applied = head;
      index.commit(head);
      committed = head;
      return (Void) null;
    })));
  }

  /** Indexes a batch while the next one is read from the store. */
  private Future<Void> copy(Future<List<Article>> reading) {
    return reading.compose(batch -> {
      if (batch.isEmpty()) {
        return Future.succeededFuture();
      }
      Future<List<Article>> next = store.after(Long.parseLong(batch.get(batch.size() - 1).id()), BATCH);
      return onIndexer(() -> {
        for (Article a : batch) {
          index.add(a);
        }
        return (Void) null;
      }).compose(v -> copy(next));
    });
  }

  /** Indexing thread, every second: what was applied becomes durable with its event id. */
  private void commit() {
    try {
      if (index != null && !shut && applied > committed) {
        index.commit(applied);
        committed = applied;
      }
    } catch (IOException | RuntimeException e) {
      log.warn("search index commit at event {} failed: {}", applied, e.toString());
    }
  }

  private static String retractedId(StreamEvent event) {
    return Json.read(event.json(), com.fasterxml.jackson.databind.JsonNode.class).get("id").asText();
  }

  /** Runs work on the indexing thread; the future completes on this instance's context. */
  private <T> Future<T> onIndexer(Callable<T> work) {
    Promise<T> promise = Promise.promise();
    try {
      indexer.execute(() -> {
        try {
          T result = work.call();
          context.runOnContext(v -> promise.complete(result));
        } catch (Exception | Error e) {
          context.runOnContext(v -> promise.fail(e));
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      promise.fail(e);
    }
    return promise.future();
  }
}
