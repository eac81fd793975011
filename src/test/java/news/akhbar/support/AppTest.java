package news.akhbar.support;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class whose every test gets the real app, fresh: its own database and Redis channel, on port 0. */
@ExtendWith(VertxExtension.class)
public abstract class AppTest {

  protected TestApp app;

  @BeforeEach
  void startApp(Vertx vertx) {
    app = TestApp.start(vertx, env());
  }

  /** Environment overrides for this class's app (none by default). */
  protected Map<String, String> env() {
    return Map.of();
  }

  @AfterEach
  void stopApp() {
    if (app != null) {
      app.close();
    }
  }
}
