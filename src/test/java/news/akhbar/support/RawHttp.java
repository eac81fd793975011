package news.akhbar.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One request written byte for byte on a plain socket, for what HTTP clients will not send (HTTP/1.0, no Host). */
public final class RawHttp {

  /** The status line, the headers and the body as the server sent them. */
  public record Reply(int status, String head, String body) {

    /** The value of the named header (any case), or null when it was not sent. */
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private RawHttp() {
  }

  /** Sends the request text as given and reads until the server closes the connection (HTTP/1.0 does). */
  public static Reply send(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = split < 0 ? all : all.substring(0, split);
      String body = split < 0 ? "" : all.substring(split + 4);
      return new Reply(Integer.parseInt(head.split(" ", 3)[1]), head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the server ends the connection (end of stream or reset) before the socket's read timeout. */
  public static boolean closedByServer(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    try {
      while (in.read() >= 0) {
        // a server may answer something first; the close is what counts
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (SocketException reset) {
      return true;
    }
  }
}
