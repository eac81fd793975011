package news.akhbar.ticker;

import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.akhbar.fanout.StreamEvent;

/**
 * One open stream. Until it goes live it queues live events (bounded) while its opening and replay are written;
 * then it writes each event after the last one it passed, once, if the reader's topics want it. A reader whose write
 * queue is full is cut off: it reconnects with Last-Event-ID and loses nothing.
 */
final class Subscriber {

  private static final int MAX_QUEUED = 10_000;

  private record Pending(StreamEvent item, Frame frame) {}

  final HttpServerResponse response;
  private final StreamWriter writer;
  private final Set<String> topics;
  private final TickerHub hub;
  private List<Pending> queued = new ArrayList<>();
  private long lastSent;
  private boolean wroteSinceHeartbeat;
  int index = -1;

  Subscriber(HttpServerResponse response, StreamWriter writer, Set<String> topics, TickerHub hub) {
    this.response = response;
    this.writer = writer;
    this.topics = topics;
    this.hub = hub;
  }

  Set<String> topics() {
    return topics;
  }

  /** True once the reader has left or was cut off: nothing more is written. */
  boolean gone() {
    return index < 0;
  }

  /** Called by the hub for every event, in id order, with the frame encoded once for everyone. */
  void offer(StreamEvent item, Frame frame) {
    if (queued != null) {
      if (queued.size() >= MAX_QUEUED) {
        cutOff();
      } else {
        queued.add(new Pending(item, frame));
      }
      return;
    }
    if (item.id() <= lastSent) {
      return;
    }
    lastSent = item.id();
    if (wants(topics, item)) {
      write(frame);
    }
  }

  /** Writes a notice (not a stored event) to a reader that is live; one still replaying skips it. */
  void notice(Frame frame) {
    if (queued == null) {
      write(frame);
    }
  }

  /** Writes part of the opening or the replay, before the reader goes live. */
  void replay(Frame frame) {
    write(frame);
  }

  /** The replay is written up to upTo: writes what queued meanwhile after it, then takes events as they come. */
  void goLive(long upTo) {
    lastSent = Math.max(lastSent, upTo);
    List<Pending> waiting = queued;
    queued = null;
    for (Pending p : waiting) {
      if (p.item().id() > lastSent) {
        lastSent = p.item().id();
        if (wants(topics, p.item())) {
          write(p.frame());
        }
      }
    }
  }

  /** Keeps an idle stream open; a stream that carried anything since the last tick needs no heartbeat. */
  void heartbeat() {
    if (queued == null && !wroteSinceHeartbeat) {
      write(FrameEncoder.HEARTBEAT);
    }
    wroteSinceHeartbeat = false;
  }

  static boolean wants(Set<String> topics, StreamEvent item) {
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
    writer.abort();
  }

  /** Closes the stream at once, dropping what still waits to be sent to it. */
  void abort() {
    writer.abort();
  }
}
