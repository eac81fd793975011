package news.akhbar.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reconnect storm's readers: N sockets, at most C unfinished at once, each sending GET /api/v1/stream with the
 * same Last-Event-ID, and each closed (RST) as soon as it holds every marked event, or fails, or passes its timeout.
 * One selector thread; it ends when every reader has finished.
 */
final class StormReaders implements Runnable, AutoCloseable {

  private static final long SWEEP_NANOS = 100_000_000L;

  private final Selector selector;
  private final InetSocketAddress server;
  private final byte[] request;
  private final int count;
  private final int spread;
  private final int concurrency;
  private final long timeoutNanos;
  private final StormMarks marks;
  private final long[] openedAt;
  private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
  /** Why readers failed, with how many; written by the reader thread, read after it ended. */
  final Map<String, Integer> failures = new TreeMap<>();
  private int opened;
  volatile int finished;
  volatile int complete;
  /** System.nanoTime of the first connect and of the last reader's end. */
  volatile long firstConnect;
  volatile long lastFinish;
  private volatile boolean stopping;

  StormReaders(int port, int count, int spread, int concurrency, long lastEventId, int timeoutSeconds,
      StormMarks marks) throws IOException {
    this.selector = Selector.open();
    this.server = new InetSocketAddress("127.0.0.1", port);
    this.request = ("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
        + "Last-Event-ID: " + lastEventId + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    this.count = count;
    this.spread = spread;
    this.concurrency = concurrency;
    this.timeoutNanos = timeoutSeconds * 1_000_000_000L;
    this.marks = marks;
    this.openedAt = new long[count];
  }

  @Override
  public void run() {
    firstConnect = System.nanoTime();
    long sweep = firstConnect + SWEEP_NANOS;
    try {
      while (!stopping && finished < count) {
        openMore();
        selector.select(20);
        long now = System.nanoTime();
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          handle(key, now);
        }
        if (now >= sweep) {
          expire(now);
          sweep = now + SWEEP_NANOS;
        }
      }
    } catch (IOException e) {
      failures.merge("selector: " + e, 1, Integer::sum);
    }
    lastFinish = System.nanoTime();
  }

  private void openMore() {
    while (opened < count && opened - finished < concurrency) {
      int i = opened++;
      openedAt[i] = System.nanoTime();
      try {
        SocketChannel ch = SseReaders.connect(server, i, spread);
        SseParser reader = new SseParser(i, marks);
        if (ch.isConnected()) {
          ch.register(selector, SelectionKey.OP_READ, reader);
          ch.write(ByteBuffer.wrap(request));
        } else {
          ch.register(selector, SelectionKey.OP_CONNECT, reader);
        }
      } catch (IOException e) {
        failed(null, "connect: " + e.getMessage());
      }
    }
  }

  private void handle(SelectionKey key, long now) {
    SseParser reader = (SseParser) key.attachment();
    SocketChannel ch = (SocketChannel) key.channel();
    try {
      if (key.isConnectable()) {
        ch.finishConnect();
        key.interestOps(SelectionKey.OP_READ);
        ch.write(ByteBuffer.wrap(request));
        return;
      }
      buffer.clear();
      int n = ch.read(buffer);
      if (n < 0) {
        failed(key, reader.streaming() ? "closed_early" : "closed_before_headers");
      } else if (!reader.feed(buffer.array(), n, now)) {
        failed(key, "status: " + reader.problem());
      } else if (marks.done(reader.index())) {
        complete++;
        finish(key);
      }
    } catch (IOException e) {
      failed(key, "error: " + e.getMessage());
    }
  }

  /** Readers past their timeout: "missing" events after a 200, or "no_headers". */
  private void expire(long now) {
    for (SelectionKey key : new ArrayList<>(selector.keys())) {
      SseParser reader = (SseParser) key.attachment();
      if (key.isValid() && now - openedAt[reader.index()] > timeoutNanos) {
        failed(key, reader.streaming() ? "missing" : "no_headers");
      }
    }
  }

  private void failed(SelectionKey key, String why) {
    failures.merge(why, 1, Integer::sum);
    finish(key);
  }

  private void finish(SelectionKey key) {
    finished++;
    if (key != null) {
      key.cancel();
      try {
        key.channel().close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }

  /** Ends the selector thread early (call, then join it). */
  void stop() {
    stopping = true;
    selector.wakeup();
  }

  @Override
  public void close() throws IOException {
    for (SelectionKey key : selector.keys()) {
      key.channel().close();
    }
    selector.close();
  }
}
