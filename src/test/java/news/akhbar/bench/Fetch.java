package news.akhbar.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** GETs from a server on loopback over HTTP/1.1 (no h2c upgrade), the body kept as the bytes that came. */
final class Fetch {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private Fetch() {
  }

  /** GET http://127.0.0.1:port + target with the given header name/value pairs; anything but a 200 fails. */
  static HttpResponse<byte[]> get(int port, String target, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
        .timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + target + " on port " + port + ": " + response.statusCode() + " "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
    return response;
  }

  static JsonObject json(int port, String target) throws IOException, InterruptedException {
    return new JsonObject(new String(get(port, target).body(), StandardCharsets.UTF_8));
  }
}
