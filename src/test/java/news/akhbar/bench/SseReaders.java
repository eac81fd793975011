package news.akhbar.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * N stream readers on raw non-blocking sockets, one selector thread, held open until stopped. Each reader is a
 * {@link SseParser}; the time of the read that completes an event is that event's receive time. Counters are written
 * by this thread only.
 */
final class SseReaders implements Runnable, AutoCloseable {

  private final Selector selector;
  private final InetSocketAddress[] servers;
  private final byte[][] requests;
  private final int spread;
  private final int concurrency;
  private final SseParser[] readers;
  private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
  private final EventMarks marks;
  private int opened;
  volatile int ready;
  /** When the last reader so far got its opening event (System.nanoTime). */
  volatile long lastReadyAt;
  volatile int failed;
  volatile int dropped;
  volatile String lastFailure = "";
  private volatile boolean stopping;

  SseReaders(int port, int count, int spread, int concurrency, EventMarks marks) throws IOException {
    this(new int[] {port}, "/api/v1/stream", count, spread, concurrency, marks);
  }

  /** Readers of target spread over several servers: reader i reads from ports[i % ports.length]. */
  SseReaders(int[] ports, String target, int count, int spread, int concurrency, EventMarks marks)
      throws IOException {
    this.selector = Selector.open();
    this.servers = new InetSocketAddress[ports.length];
    this.requests = new byte[ports.length][];
    for (int p = 0; p < ports.length; p++) {
      servers[p] = new InetSocketAddress("127.0.0.1", ports[p]);
      requests[p] = ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + ports[p]
          + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }
    this.spread = spread;
    this.concurrency = concurrency;
    this.readers = new SseParser[count];
    this.marks = marks;
  }

  @Override
  public void run() {
    try {
      while (!stopping) {
        openMore();
        selector.select(50);
        long now = System.nanoTime();
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          handle(key, now);
        }
      }
    } catch (IOException e) {
      lastFailure = "selector: " + e;
    }
  }

  private void openMore() {
    while (opened < readers.length && opened - ready - failed - dropped < concurrency) {
      int i = opened++;
      try {
        SocketChannel ch = connect(servers[i % servers.length], i, spread);
        SseParser reader = new SseParser(i, marks);
        readers[i] = reader;
        if (ch.isConnected()) {
          ch.register(selector, SelectionKey.OP_READ, reader);
          ch.write(ByteBuffer.wrap(requests[i % requests.length]));
        } else {
          ch.register(selector, SelectionKey.OP_CONNECT, reader);
        }
      } catch (IOException e) {
        fail(e);
      }
    }
  }

  /**
   * Starts a non-blocking connect for reader i from 127.0.0.(1 + i % spread): each source address has its own
   * ephemeral ports, so N can pass one address's ~28,000. The socket closes with RST: no TIME_WAIT pile-up.
   */
  static SocketChannel connect(InetSocketAddress server, int i, int spread) throws IOException {
    SocketChannel ch = SocketChannel.open();
    try {
      ch.configureBlocking(false);
      ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      ch.setOption(StandardSocketOptions.SO_LINGER, 0);
      ch.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (1 + i % spread)}), 0));
      ch.connect(server);
      return ch;
    } catch (IOException e) {
      ch.close();
      throw e;
    }
  }

  private void handle(SelectionKey key, long now) {
    SseParser reader = (SseParser) key.attachment();
    SocketChannel ch = (SocketChannel) key.channel();
    try {
      if (key.isConnectable()) {
        ch.finishConnect();
        key.interestOps(SelectionKey.OP_READ);
        ch.write(ByteBuffer.wrap(requests[reader.index() % requests.length]));
        return;
      }
      buffer.clear();
      int n = ch.read(buffer);
      if (n < 0) {
        lost(key, reader, "closed by server");
        return;
      }
      boolean wasReady = reader.ready();
      if (!reader.feed(buffer.array(), n, now)) {
        lost(key, reader, "bad response: " + reader.problem());
        return;
      }
      if (!wasReady && reader.ready()) {
        lastReadyAt = now;
        ready++;
      }
    } catch (IOException e) {
      lost(key, reader, e.toString());
    }
  }

  private void lost(SelectionKey key, SseParser reader, String why) {
    key.cancel();
    closeQuietly(key);
    if (reader.ready()) {
      dropped++;
    } else {
      failed++;
    }
    lastFailure = why;
  }

  private void fail(IOException e) {
    failed++;
    lastFailure = e.toString();
  }

  private static void closeQuietly(SelectionKey key) {
    try {
      key.channel().close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  /** Waits until every reader has its opening event, failed or was dropped; at most 60 s + 5 ms a reader. */
  void awaitOpenings() throws InterruptedException {
    long deadline = System.nanoTime() + (60_000L + readers.length * 5L) * 1_000_000L;
    while (ready + failed + dropped < readers.length && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Stops the selector thread (call, then join it) and closes every socket with RST. */
  void stop() {
    stopping = true;
    selector.wakeup();
  }

  @Override
  public void close() throws IOException {
    for (SelectionKey key : selector.keys()) {
      closeQuietly(key);
    }
    selector.close();
  }
}
