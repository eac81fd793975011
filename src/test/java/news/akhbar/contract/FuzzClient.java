package news.akhbar.contract;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one fuzzed request byte for byte on a fresh socket ({@code Connection: close}) and reads the answer: status,
 * headers and body (de-chunked). An event stream is read up to its head only.
 */
final class FuzzClient {

  /** What came back; status 0 when nothing readable did. {@code closed} says the server hung up after answering. */
  record Answer(int status, MultiMap headers, Buffer body, boolean closed, String failure) {
  }

  private static final int TIMEOUT_MILLIS = 5000;
  private static final int REFUSED_BODY_MILLIS = 2000;

  private FuzzClient() {
  }

  static Answer send(int port, FuzzRequest request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
      head.append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
      for (Map.Entry<String, String> header : request.headers().entrySet()) {
        head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
      }
      byte[] body = request.body();
      if (request.declaredLength() != null) {
        head.append("Content-Length: ").append(request.declaredLength()).append("\r\n");
      } else if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      try {
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (IOException e) {
        // the server may answer and hang up before reading all we send (a refused body): read what it said
      }
      if (request.declaredLength() != null) {
        // a refused oversized body: the answer and the hang-up should come at once
        socket.setSoTimeout(REFUSED_BODY_MILLIS);
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      return new Answer(0, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer(), false, e.toString());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    int headEnd = -1;
    try {
      byte[] chunk = new byte[8192];
      while (headEnd < 0) {
        int n = in.read(chunk);
        if (n < 0) {
          break;
        }
        seen.write(chunk, 0, n);
        headEnd = indexOf(seen.toByteArray(), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      if (headEnd < 0) {
        return new Answer(0, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer(), true,
            seen.size() == 0 ? "the server closed the connection without an answer" : "no complete response head");
      }
      byte[] all = seen.toByteArray();
      String[] lines = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      MultiMap headers = MultiMap.caseInsensitiveMultiMap();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(all, headEnd + 4, all.length - headEnd - 4);
      String type = headers.get("Content-Type");
      if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
        return new Answer(status, headers, Buffer.buffer(), false, null);
      }
      boolean closed = drain(in, body);
      byte[] bytes = body.toByteArray();
      if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
        bytes = dechunk(bytes);
      }
      return new Answer(status, headers, Buffer.buffer(bytes), closed, null);
    } catch (SocketTimeoutException e) {
      return new Answer(0, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer(), false,
          "no answer within " + TIMEOUT_MILLIS + " ms");
    }
  }

  /** Reads to the end; false when the server kept the connection open past the timeout. */
  private static boolean drain(InputStream in, ByteArrayOutputStream body) throws IOException {
    byte[] chunk = new byte[8192];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        body.write(chunk, 0, n);
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static byte[] dechunk(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < raw.length) {
      int eol = indexOf(raw, at, "\r\n".getBytes(StandardCharsets.US_ASCII));
      if (eol < 0) {
        break;
      }
      String size = new String(raw, at, eol - at, StandardCharsets.US_ASCII).split(";")[0].trim();
      int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
      if (length == 0) {
        break;
      }
      out.write(raw, eol + 2, Math.min(length, raw.length - eol - 2));
      at = eol + 2 + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] needle) {
    return indexOf(data, 0, needle);
  }

  private static int indexOf(byte[] data, int from, byte[] needle) {
    outer:
    for (int i = from; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
