package news.akhbar.latest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import news.akhbar.article.Article;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest news of this instance, built from one snapshot of the store at start-up and kept current by the
 * fan-out: it observes every event in id order, before any reader hears of it, so a list answered after an event
 * was handed on contains it. Readers take the current {@link Snapshot} from any thread. A shelf that runs low
 * (retractions) is refilled from the store and brought up to date with the events since that read.
 */
public final class LatestNews implements Consumer<StreamEvent> {

  private static final Logger log = LoggerFactory.getLogger(LatestNews.class);
  /** Events remembered to bring a refill read at an older head up to date. */
  private static final int RECENT = 1_000;

  private record Refill(String shelf, Page page) {
    long head() {
      return Long.parseLong(page.lastEventId());
    }
  }

  private final Shelves shelves;
  private final ReadStats stats = new ReadStats();
  private final ListStore store;
  private final int perList;
  private final int perTopic;
  private final ArrayDeque<StreamEvent> recent = new ArrayDeque<>();
  private final Set<String> refilling = new HashSet<>();
  private final List<Refill> parked = new ArrayList<>();
  private long head;
  private Instant headAt;
  private LiveStories live;
  private volatile Snapshot snapshot;

  /**
   * @param perList newest live articles kept overall
   * @param perTopic newest live articles kept per topic
   * @param maxTopics topics given a shelf of their own
   */
  public LatestNews(LatestBoot boot, ListStore store, int perList, int perTopic, int maxTopics) {
    this.shelves = new Shelves(perList, perTopic, maxTopics);
    this.store = store;
    this.perList = perList;
    this.perTopic = perTopic;
    shelves.load(boot);
    head = boot.head();
    headAt = boot.headAt();
    live = new LiveStories(boot.liveSlugs());
    snapshot = shelves.snapshot(head, headAt, live);
  }

  /** How many reads were answered from memory and how many from the store. */
  public ReadStats stats() {
    return stats;
  }

  /** The newest news as of the last event handed on. */
  public Snapshot now() {
    return snapshot;
  }

  /** Called by the fan-out, on its thread, for every event in id order. */
  @Override
  public void accept(StreamEvent event) {
    if (event.id() <= head) {
      return;
    }
    headAt = apply(event, true);
    head = event.id();
    recent.addLast(event);
    if (recent.size() > RECENT) {
      recent.removeFirst();
    }
    renew();
    refillLow();
  }

  /** Takes in the refills that can go in now, trims the shelves and hands readers the new snapshot. */
  private void renew() {
    installParked();
    shelves.trim();
    snapshot = shelves.snapshot(head, headAt, live);
  }

  /** Applies one event; returns when it was committed. Counting is off when an event is applied a second time. */
  private Instant apply(StreamEvent event, boolean counting) {
    switch (event.event()) {
      case "article" -> {
        Article a = decode(event.json());
        if (counting) {
          shelves.published(a);
        } else {
          shelves.put(a);
        }
        return a.updatedAt();
      }
      case "update" -> {
        Article a = decode(event.json());
        Article old = shelves.get(Long.parseLong(a.id()));
        // an update that moves an article between topics names both, the old one first (ArticleStore.update)
        String oldTopic = old != null ? old.topic() : event.topics().get(0);
        if (counting) {
          shelves.updated(a, oldTopic);
        } else {
          shelves.put(a);
        }
        return a.updatedAt();
      }
      case "retract" -> {
        long id = Long.parseLong(decodeTree(event.json()).get("id").asText());
        if (counting) {
          shelves.retracted(id, event.topics().get(0));
        } else {
          shelves.drop(id);
        }
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
      }
      case "coverage" -> {
        live = live.after(decodeTree(event.json()));   // started or ended: the marks of live stories change
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);   // so lists and pages show a newer Last-Modified
      }
      case "topic-name" -> {
        // a topic's new name: the lists hold the same items, but the pages encoded from them show the name
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
      }
      default -> {
        // other features' events (live coverage's entries) share the stream but are not the newest news
        log.debug("event {} of kind {} left out of the newest news", event.id(), event.event());
        return headAt;
      }
    }
  }

  private static Article decode(String json) {
    return Json.read(json, Article.class);
  }

  private static JsonNode decodeTree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- refills ------------------------------------------------------------------------------------------------

  private void refillLow() {
    for (String shelf : shelves.low()) {
      if (!refilling.add(shelf)) {
        continue;
      }
      boolean list = shelf.equals(Shelves.LIST);
      store.list(new ListQuery(list ? perList : perTopic, list ? null : shelf, null, null, null))
          .onComplete(ar -> {
            refilling.remove(shelf);
            if (ar.failed()) {
              log.debug("refill of shelf '{}' failed: {}", shelf, ar.cause().toString());
            } else {
              parked.add(new Refill(shelf, ar.result()));
              renew();
            }
          });
    }
  }

  /** Installs refills read at or before the current head, replaying the events since; later ones wait. */
  private void installParked() {
    for (Iterator<Refill> it = parked.iterator(); it.hasNext(); ) {
      Refill refill = it.next();
      long at = refill.head();
      if (at > head) {
        continue;   // read after events this instance has not handed on yet: install once it has
      }
      it.remove();
      if (at < head && (recent.isEmpty() || recent.peekFirst().id() > at + 1)) {
        continue;   // too old to bring up to date; the shelf is still low, so it is asked for again
      }
      shelves.fill(refill.shelf(), refill.page().items());
      for (StreamEvent event : recent) {
        if (event.id() > at) {
          apply(event, false);
        }
      }
    }
  }
}
