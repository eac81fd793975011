package news.akhbar.ticker;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.unix.Socket;
import io.netty.channel.unix.UnixChannel;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.List;

// Internals (fenced and upgrade-checked in arch/): public Vert.x can neither write below its HTTP encoder nor close
// a connection abortively. ConnectionBase gives the Netty channel; frames go in as ready-made chunks just below the
// handler named "httpEncoder" (or by send(2) on the epoll socket), and a stuck reader is closed with SO_LINGER 0.

/**
 * Writes frames to one reader. The first write goes through the response, which sends the head with it. After
 * that, on HTTP/1.1, each frame is one ready-made chunk: when nothing else waits to go out on a plain (not TLS)
 * epoll socket it is sent straight from its off-heap bytes with one send(2); otherwise it is handed to the channel
 * just below Vert.x's HTTP encoder, behind what waits. No per-reader encoding, promise or queue entry either way.
 * Everything here runs on the connection's event loop (the hub's), so these writes and the response's own stay in
 * one order. HTTP/1.0 and HTTP/2 streams go through the response.
 */
final class StreamWriter {

  private final HttpServerResponse response;
  private final Channel http1;
  private final ChannelHandlerContext belowEncoder;
  private final ChannelOutboundBuffer queued;
  private final Socket socket;
  private boolean headSent;

  StreamWriter(HttpServerRequest request, HttpServerResponse response) {
    this.response = response;
    this.http1 = request.version() != HttpVersion.HTTP_2 && request.connection() instanceof ConnectionBase base
        ? base.channel() : null;
    ChannelPipeline pipeline = request.version() == HttpVersion.HTTP_1_1
        && request.connection() instanceof ConnectionBase base ? base.channelHandlerContext().pipeline() : null;
    this.belowEncoder = pipeline == null ? null : pipeline.context("httpEncoder");
    this.queued = belowEncoder == null ? null : belowEncoder.channel().unsafe().outboundBuffer();
    this.socket = queued != null && nothingBelowTheCodec(pipeline)
        && pipeline.channel() instanceof UnixChannel unix && unix.fd() instanceof Socket s ? s : null;
  }

  /** Only the HTTP codec sits above the socket: no TLS, idle or shaping handler that must see the bytes. */
  private static boolean nothingBelowTheCodec(ChannelPipeline pipeline) {
    List<String> names = pipeline.names();
    return names.size() >= 2 && names.get(0).equals("httpDecoder") && names.get(1).equals("httpEncoder");
  }

  /** Writes one frame, or answers false when the reader already has a full write queue (the frame is not sent). */
  boolean write(Frame frame) {
    if (!headSent) {
      headSent = true;
      response.write(frame.body());
    } else if (socket != null && queued.totalPendingWriteBytes() == 0 && socket.isOpen()
        && frame.chunkAddress() != 0) {
      // Nothing waits in the channel (not even an unflushed write) and the socket is open: a send now cannot
      // overtake anything, and cannot reach a reused descriptor (closing happens on this same thread).
      send(frame);
    } else if (belowEncoder == null) {
      if (response.writeQueueFull()) {
        return false;
      }
      response.write(frame.body());
    } else {
      if (!belowEncoder.channel().isWritable()) {
        return false;
      }
      belowEncoder.writeAndFlush(frame.chunk(), belowEncoder.voidPromise());
    }
    return true;
  }

  /**
   * Drops the reader now, with whatever still waits to go out to it. An HTTP/1.x connection is closed below every
   * handler with SO_LINGER 0: Vert.x's own close (which response.reset() uses) is queued behind the unsent bytes, so
   * a reader that keeps a zero window would keep its socket, its buffers and its limiter slot for ever; this way the
   * kernel drops the queued bytes and resets the connection, and the close handler runs at once. An HTTP/2 stream
   * is reset on its own (RST_STREAM frees its share of the connection).
   */
  void abort() {
    if (http1 == null) {
      response.reset();
    } else if (http1.isOpen()) {
      http1.config().setOption(ChannelOption.SO_LINGER, 0);
      http1.unsafe().close(http1.voidPromise());
    }
  }

  private void send(Frame frame) {
    int length = frame.chunkLength();
    try {
      int sent = socket.sendAddress(frame.chunkAddress(), 0, length);
      if (sent < length) {   // the socket buffer is full: the rest waits in the channel, which sends it when it can
        belowEncoder.writeAndFlush(frame.chunk().skipBytes(sent), belowEncoder.voidPromise());
      }
    } catch (IOException gone) {
      belowEncoder.channel().close();   // the reader is gone: its close handler takes it off the hub
    } finally {
      Reference.reachabilityFence(frame);   // its memory must outlive the send that reads it by address
    }
  }
}
