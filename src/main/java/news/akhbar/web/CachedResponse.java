package news.akhbar.web;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

// Internals (fenced and upgrade-checked in arch/): BufferInternal.buffer wraps a Netty ByteBuf, so the body is sent
// from its array (or its off-heap copy) itself, never copied per response.

/**
 * A response body encoded once and sent many times: its bytes, the same gzipped (made on first demand), a strong
 * ETag per encoding, Last-Modified and Cache-Control. Answers 304 when the reader already holds it. Made on the
 * heap; {@link #kept} gives the copy to keep for many readers, in memory the socket takes without a copy.
 */
public final class CachedResponse {

  private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");
  private static final CharSequence ACCEPT_ENCODING = HttpHeaders.createOptimized("Accept-Encoding");

  private final int status;
  private final Buffer identity;
  private final CharSequence contentType;
  private final CharSequence cacheControl;
  private final String etag;
  private final String gzipEtag;
  private final Instant modifiedAt;
  private final String lastModified;
  private final boolean offHeap;
  private volatile Buffer gzipped;

  /**
   * @param tag what tells this body apart from every other at this URL (the ETag without quotes)
   * @param lastModified null when unknown
   */
  public CachedResponse(int status, byte[] body, String contentType, String cacheControl, String tag, Instant lastModified) {
    this.status = status;
    this.identity = BufferInternal.buffer(Unpooled.wrappedBuffer(body));   // the array itself, no copy
    this.offHeap = false;
    this.contentType = HttpHeaders.createOptimized(contentType);
    this.cacheControl = HttpHeaders.createOptimized(cacheControl);
    String bare = tag.replace("\"", "");
    this.etag = "\"" + bare + "\"";
    this.gzipEtag = "\"" + bare + "-gz\"";
    this.modifiedAt = lastModified;
    this.lastModified = lastModified == null ? null : HttpDates.format(lastModified);
  }

  /**
   * A response whose ETag is the digest of its body: for answers read from the store per request, where no event id
   * tells one version from the next (a deleted entry changes the body without a newer time).
   */
  public static CachedResponse tagged(byte[] body, String contentType, String cacheControl, String prefix) {
    try {
      String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
      return new CachedResponse(200, body, contentType, cacheControl, prefix + sum, null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private CachedResponse(CachedResponse heap) {
    this.status = heap.status;
    this.identity = offHeap(heap.identity.getBytes());
    this.offHeap = true;
    this.contentType = heap.contentType;
    this.cacheControl = heap.cacheControl;
    this.etag = heap.etag;
    this.gzipEtag = heap.gzipEtag;
    this.modifiedAt = heap.modifiedAt;
    this.lastModified = heap.lastModified;
  }

  /**
   * The same response to keep and send many times: its bytes off-heap, where each write takes them without a copy
   * (a heap buffer is copied off-heap on every write). A response sent once stays on the heap, and off the
   * direct memory that only the garbage collector frees.
   */
  public CachedResponse kept() {
    return offHeap ? this : new CachedResponse(this);
  }

  public int size() {
    return identity.length();
  }

  /** Sends it: 304 when If-None-Match (or If-Modified-Since) says the reader has it, gzipped when accepted. */
  public void send(HttpServerRequest req) {
    HttpServerResponse res = req.response();
    boolean gzip = accepts(req.getHeader(ACCEPT_ENCODING));
    res.putHeader(HttpHeaders.ETAG, gzip ? gzipEtag : etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
        .putHeader(HttpHeaders.VARY, ACCEPT_ENCODING);
    if (lastModified != null) {
      res.putHeader(HttpHeaders.LAST_MODIFIED, lastModified);
    }
    if (status == 200 && Caching.matches(req, modifiedAt, etag, gzipEtag)) {
      res.setStatusCode(304).end();
      return;
    }
    res.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType);
    Buffer body = gzip ? gzipped() : identity;
    if (gzip) {
      res.putHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
    }
    if (req.method() == HttpMethod.HEAD) {
      res.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));   // Vert.x leaves it out for HEAD
    }
    res.end(body);
  }

  private Buffer gzipped() {
    Buffer done = gzipped;
    if (done == null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length() / 3 + 64);
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(identity.getBytes());   // once per body
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = offHeap ? offHeap(out.toByteArray()) : Buffer.buffer(out.toByteArray());
      gzipped = done;
    }
    return done;
  }

  /** Vert.x writes a read-only slice of it per response, so one buffer serves every reader; the GC frees it. */
  private static Buffer offHeap(byte[] bytes) {
    ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    return BufferInternal.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(memory)));
  }

  /** True when Accept-Encoding lists gzip without q=0. */
  static boolean accepts(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String coding = part.strip();
      int semi = coding.indexOf(';');
      String name = (semi < 0 ? coding : coding.substring(0, semi)).strip();
      if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
        return semi < 0 || !coding.substring(semi).replace(" ", "").matches(";q=0(\\.0*)?");
      }
    }
    return false;
  }
}
