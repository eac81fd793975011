package news.akhbar.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;

/** The editor: POSTs articles one at a time over one keep-alive connection, as a newsroom publisher would. */
final class ArticlePoster implements AutoCloseable {

  private final int port;
  private final String token;
  private final String target;
  private Socket socket;

  ArticlePoster(int port, String token) {
    this(port, token, "/api/v1/articles");
  }

  /** An editor posting to another collection, e.g. a live coverage's entries. */
  ArticlePoster(int port, String token, String target) {
    this.port = port;
    this.token = token;
    this.target = target;
  }

  /**
   * Posts message seq; its send time is taken just before the request goes out and stored in sent[seq].
   *
   * @return the HTTP status
   */
  int post(Deliveries deliveries, int seq) throws IOException {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    String json = "{\"title\":\"" + deliveries.title(seq, micros) + "\",\"excerpt\":\"" + Deliveries.EXCERPT
        + "\",\"topic\":\"bench\"}";
    return send(json, () -> deliveries.sent[seq] = System.nanoTime());
  }

  /** Posts one article (a JSON object) and returns the HTTP status. */
  int post(String json) throws IOException {
    return send(json, () -> { });
  }

  /** Posts article(i) for i = 0..count-1, one after another; any status but 201 fails the seeding. */
  void seed(int count, IntFunction<String> article) throws IOException {
    for (int i = 0; i < count; i++) {
      int status = post(article.apply(i));
      if (status != 201) {
        throw new IOException("seeding: POST of article " + i + " got " + status);
      }
    }
  }

  /** Posts the JSON, running justBeforeWrite right before the request's bytes go out; returns the HTTP status. */
  int send(String json, Runnable justBeforeWrite) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
        + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    if (socket == null || socket.isClosed()) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    }
    OutputStream out = socket.getOutputStream();
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    justBeforeWrite.run();
    out.write(request);
    out.flush();
    return readReply(socket.getInputStream());
  }

  private int readReply(InputStream in) throws IOException {
    ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        socket.close();
        throw new IOException("server closed the editor connection");
      }
      headBytes.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
    }
    String head = headBytes.toString(StandardCharsets.US_ASCII);
    int length = 0;
    boolean closing = false;
    for (String line : head.split("\r\n")) {
      if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).trim());
      }
      if (line.regionMatches(true, 0, "connection: close", 0, 17)) {
        closing = true;
      }
    }
    in.readNBytes(length);
    if (closing) {
      socket.close();
    }
    return Integer.parseInt(head.substring(9, 12));
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
    }
  }
}
