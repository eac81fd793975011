package news.akhbar.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import news.akhbar.support.Await;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;

/** What the audience tests do through the app: open readers of a coverage, and ask the editors' count. */
final class EditorsAudience {

  private EditorsAudience() {
  }

  /** Opens n streams narrowed to the coverage on one instance; each has had its opening event. */
  static List<SseProbe> readers(TestApp app, int instance, String coverage, int n) throws Exception {
    List<SseProbe> opened = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      opened.add(app.openStream(instance, "/api/v1/stream?topics=live:" + coverage, null));
    }
    return opened;
  }

  static HttpResponse<Buffer> get(TestApp app, int instance, String coverage, String token) {
    var request = app.web().get(app.port(instance), "127.0.0.1", "/api/v1/live/" + coverage + "/audience");
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    return Await.of(request.send(), 10);
  }

  /** The editors' answer from one instance; anything but 200 fails the test. */
  static JsonObject audience(TestApp app, int instance, String coverage) {
    HttpResponse<Buffer> res = get(app, instance, coverage, TestApp.TOKEN);
    if (res.statusCode() != 200) {
      throw new AssertionError("audience answered " + res.statusCode() + ": " + res.bodyAsString());
    }
    return res.bodyAsJsonObject();
  }

  static long count(TestApp app, int instance, String coverage) {
    return audience(app, instance, coverage).getLong("count");
  }
}
