package news.akhbar.ticker;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

// Internals (fenced and upgrade-checked in arch/): BufferInternal.buffer wraps a Netty ByteBuf without a copy, so a
// frame's bytes, and its off-heap HTTP/1.1 chunk (a Netty ByteBuf), are encoded once and shared by every reader.

/**
 * One stream frame, encoded once for every reader in two forms: the event-stream bytes (for the response's own
 * writes: the first one, which carries the head, and HTTP/2 streams), and the same bytes already framed as one
 * HTTP/1.1 chunk ({@code size CRLF bytes CRLF}) in off-heap memory, so an open HTTP/1.1 stream gets each event as a
 * single buffer and a single socket write, with nothing encoded per reader.
 */
final class Frame {

  private final byte[] bytes;
  private final Buffer body;
  private final ByteBuf chunk;
  private final long address;
  private final int chunkLength;

  private Frame(byte[] bytes, ByteBuf chunk) {
    this.bytes = bytes;
    this.body = BufferInternal.buffer(Unpooled.wrappedBuffer(bytes));   // the same array, not a copy
    this.chunk = chunk;
    this.address = chunk != null && chunk.hasMemoryAddress() ? chunk.memoryAddress() : 0;
    this.chunkLength = chunk != null ? chunk.readableBytes() : 0;
  }

  /** A frame many readers get: its chunk lives off-heap, where the socket takes it without a copy. */
  static Frame shared(byte[] bytes) {
    ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length + 12);
    chunked(memory, bytes).flip();
    // Unreleasable: no reader's write can free it; the garbage collector does, once the last write let go of it.
    return new Frame(bytes, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(memory)));
  }

  /** A frame for one reader (its opening): written through the response, chunked on the heap if ever needed. */
  static Frame single(byte[] bytes) {
    return new Frame(bytes, null);
  }

  private static ByteBuffer chunked(ByteBuffer out, byte[] bytes) {
    return out.put((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII)).put(bytes)
        .put((byte) '\r').put((byte) '\n');
  }

  /** The event-stream bytes themselves, to copy from (never to change). */
  byte[] bytes() {
    return bytes;
  }

  /** The event-stream bytes, for writes through the response. */
  Buffer body() {
    return body;
  }

  /** The same bytes as one HTTP/1.1 chunk: a fresh view per write (its own read position), sharing the memory. */
  ByteBuf chunk() {
    if (chunk == null) {
      return Unpooled.wrappedBuffer(chunked(ByteBuffer.allocate(bytes.length + 12), bytes).flip());
    }
    return chunk.duplicate();
  }

  /** Where the chunk's bytes start off-heap (0 when they are not off-heap), for a write straight to a socket. */
  long chunkAddress() {
    return address;
  }

  /** The chunk's size in bytes (for a frame with off-heap bytes). */
  int chunkLength() {
    return chunkLength;
  }
}
