package news.akhbar.web;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

// Internals (fenced and upgrade-checked in arch/): Vert.x's idle timeout cannot tell a busy stream from a dead one.
// ConnectionBase gives the Netty pipeline, and the watch is a Netty handler added after the one named "httpEncoder".

/**
 * Closes an HTTP/1.x connection that does not deliver a complete request head in time (slowloris): within the limit
 * of opening, and of its previous response ending (so an idle keep-alive connection is closed after it too). While a
 * request is being answered nothing is timed, so a stream open for hours, busy or idle, is never touched. An idle
 * timeout could not tell a healthy stream from a dead one: the stream's events go to the socket below Vert.x's
 * handlers, where no idle handler sees them. Install as the HTTP server's connection handler.
 *
 * <p>The watch sits just above the HTTP encoder: it sees request heads coming in and Vert.x's own response writes
 * going out, never a stream's events, which are written below the encoder.
 */
public final class RequestHeadTimeout implements Handler<HttpConnection> {

  private static final String NAME = "requestHeadTimeout";

  private final long millis;

  /** @param seconds the limit (AKHBAR_HEADER_TIMEOUT_SECONDS); 0 or less switches the watch off */
  public RequestHeadTimeout(int seconds) {
    this.millis = seconds * 1000L;
  }

  @Override
  public void handle(HttpConnection connection) {
    if (millis <= 0 || !(connection instanceof ConnectionBase base)) {
      return;
    }
    ChannelPipeline pipeline = base.channelHandlerContext().pipeline();
    if (pipeline.get("httpEncoder") != null && pipeline.get(NAME) == null) {   // HTTP/1.x only: HTTP/2 has its own
      pipeline.addAfter("httpEncoder", NAME, new Watch(millis));
    }
  }

  /** One connection's timer: running while no request is open, stopped as soon as a request head has arrived. */
  private static final class Watch extends ChannelDuplexHandler {

    private final long millis;
    private ScheduledFuture<?> timer;
    private int open;

    Watch(long millis) {
      this.millis = millis;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      start(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
      stop();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      stop();
      ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof HttpRequest) {
        open++;
        stop();
      }
      ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
      boolean ends = msg instanceof LastHttpContent
          && !(msg instanceof HttpResponse head && head.status().codeClass() == HttpStatusClass.INFORMATIONAL);
      ctx.write(msg, promise);
      if (ends && open > 0 && --open == 0) {
        start(ctx);
      }
    }

    private void start(ChannelHandlerContext ctx) {
      stop();
      timer = ctx.executor().schedule(() -> {
        timer = null;
        if (open == 0) {
          ctx.close();   // from here down: not queued behind Vert.x's writes
        }
      }, millis, TimeUnit.MILLISECONDS);
    }

    private void stop() {
      if (timer != null) {
        timer.cancel(false);
        timer = null;
      }
    }
  }
}
