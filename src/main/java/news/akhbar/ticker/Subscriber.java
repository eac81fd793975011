package news.akhbar.ticker;

import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.akhbar.fanout.Published;

/**
 * One open stream. Until its replay is written it queues live events (bounded); then it writes each event after
 * the last one it passed, once, if the reader's topics want it. A reader whose write queue is full is cut off: it
 * reconnects with Last-Event-ID and loses nothing.
 */
final class Subscriber {

  private static final int MAX_QUEUED = 10_000;

  final HttpServerResponse response;
  private final StreamWriter writer;
  private final Set<String> topics;
  private final TickerHub hub;
  private List<Published> queued = new ArrayList<>();
  private long lastSent;
  private boolean wroteSinceHeartbeat;
  int index = -1;

  Subscriber(HttpServerResponse response, StreamWriter writer, Set<String> topics, TickerHub hub) {
    this.response = response;
    this.writer = writer;
    this.topics = topics;
    this.hub = hub;
  }

  boolean live() {
    return queued == null;
  }

  /** Called by the hub for every event, in id order, with the frame encoded once for everyone. */
  void offer(Published item, Frame frame) {
    if (queued != null) {
      if (queued.size() >= MAX_QUEUED) {
        cutOff();
      } else {
        queued.add(item);
      }
      return;
    }
    if (item.id() <= lastSent) {
      return;
    }
    lastSent = item.id();
    if (wants(item)) {
      write(frame);
    }
  }

  /** Writes the opening (ready or reset), then what the reader missed, then what queued meanwhile; goes live. */
  void goLive(Frame opening, List<Published> missed, long upTo) {
    write(opening);
    for (Published item : missed) {
      write(SseFrame.replayed(item));
    }
    lastSent = upTo;
    List<Published> waiting = queued;
    queued = null;
    for (Published item : waiting) {
      if (item.id() > lastSent) {
        lastSent = item.id();
        if (wants(item)) {
          write(SseFrame.replayed(item));
        }
      }
    }
  }

  /** Keeps an idle stream open; a stream that carried anything since the last tick needs no heartbeat. */
  void heartbeat() {
    if (queued == null && !wroteSinceHeartbeat) {
      write(SseFrame.HEARTBEAT);
    }
    wroteSinceHeartbeat = false;
  }

  private boolean wants(Published item) {
    if (topics == null) {
      return true;
    }
    for (String topic : item.topics()) {
      if (topics.contains(topic)) {
        return true;
      }
    }
    return false;
  }

  private void write(Frame frame) {
    if (index < 0) {
      return;
    }
    if (writer.write(frame)) {
      wroteSinceHeartbeat = true;
    } else {
      cutOff();
    }
  }

  private void cutOff() {
    hub.slowReaderDropped(this);
    response.reset();
  }
}
