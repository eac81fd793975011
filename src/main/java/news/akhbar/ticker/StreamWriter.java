package news.akhbar.ticker;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.net.impl.VertxConnection;

/**
 * Writes frames to one reader. On HTTP/1.1, once the response head is out, a frame goes straight into the
 * connection's outbound queue as a byte buffer (Netty's HTTP encoder frames it as a chunk): the same queue and order
 * as the response's own writes, without a promise and a content wrapper per write, which is most of Vert.x's cost
 * when one event goes to thousands of readers. HTTP/2 streams go through the response.
 */
final class StreamWriter {

  private final HttpServerResponse response;
  private final VertxConnection direct;

  StreamWriter(HttpServerResponse response, HttpConnection connection) {
    this.response = response;
    this.direct = connection instanceof VertxConnection http1 ? http1 : null;
  }

  boolean full() {
    return response.writeQueueFull();
  }

  /** The first write goes through the response, which sends the head with it. */
  void writeFirst(Buffer frame) {
    response.write(frame);
  }

  void write(Buffer frame) {
    if (direct != null) {
      direct.writeToChannel(((BufferInternal) frame).getByteBuf(), true, direct.voidPromise);
    } else {
      response.write(frame);
    }
  }
}
