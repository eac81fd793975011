package news.akhbar.support;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose every test gets the real app, fresh: its own database and Redis channel, on port 0. Settings come
 * from the class's {@link #env()} and then the test's {@link AppEnv}.
 */
@ExtendWith(VertxExtension.class)
public abstract class AppTest {

  protected TestApp app;

  @BeforeEach
  void startApp(Vertx vertx, TestInfo test) {
    Map<String, String> env = new HashMap<>(env());
    test.getTestMethod().map(m -> m.getAnnotation(AppEnv.class)).ifPresent(settings -> {
      for (String setting : settings.value()) {
        int eq = setting.indexOf('=');
        env.put(setting.substring(0, eq), setting.substring(eq + 1));
      }
    });
    app = TestApp.start(vertx, env);
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
