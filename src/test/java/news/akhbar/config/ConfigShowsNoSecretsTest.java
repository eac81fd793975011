package news.akhbar.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration as text (a log line, a debugger, an exception message) never shows a secret. */
class ConfigShowsNoSecretsTest {

  @Test
  void tokensSecretsAndPasswordsAreMasked() {
    String shown = AppConfig.fromEnv(Map.of(
        "AKHBAR_ADMIN_TOKEN", "tok3n-0f-the-newsroom-admin-0123456789",
        "AKHBAR_FANOUT_SECRET", "fan0ut-seal-secret-abcdef",
        "AKHBAR_PG_URL", "postgresql://akhbar:pgPa55word@db:5432/akhbar?sslmode=require&password=qu3ryPa55",
        "AKHBAR_REDIS_URL", "redis://:red1sPa55@cache:6379/0",
        "AKHBAR_HTTP_PORT", "8181")).toString();

    for (String secret : new String[] {"tok3n-0f", "fan0ut-seal", "pgPa55word", "qu3ryPa55", "red1sPa55"}) {
      assertFalse(shown.contains(secret), secret + " shows in " + shown);
    }
    assertTrue(shown.contains("httpPort=8181"), shown);
    assertTrue(shown.contains("pgUrl=postgresql://akhbar:***@db:5432/akhbar?sslmode=require&password=***"), shown);
    assertTrue(shown.contains("redisUrl=redis://:***@cache:6379/0"), shown);
  }
}
