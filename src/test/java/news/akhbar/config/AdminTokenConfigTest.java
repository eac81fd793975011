package news.akhbar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenConfigTest {

  @ParameterizedTest
  @ValueSource(strings = {"change-me", "changeme", "CHANGE_ME", "admin", "secret", "token", "password", "test",
      "changeme-changeme-changeme-changeme", "admin-secret-password-token-12345", "test-admin-token"})
  void refusesAWellKnownDefaultNamingTheVariableWithoutRepeatingIt(String weak) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of("AKHBAR_ADMIN_TOKEN", weak)));
    assertTrue(e.getMessage().startsWith("AKHBAR_ADMIN_TOKEN is a well-known default"), e.getMessage());
    String forAnother = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of("AKHBAR_ADMIN_TOKEN", "qwerty"))).getMessage();
    assertEquals(forAnother, e.getMessage(), "the message depends on (so may repeat) the token");
  }

  @Test
  void refusesATokenShorterThan32Characters() {
    String shortToken = "9f3c27d1b4e85a60c1d2e3f4a5b6c7d";   // 31 random-looking characters
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of("AKHBAR_ADMIN_TOKEN", shortToken)));
    assertTrue(e.getMessage().contains("AKHBAR_ADMIN_TOKEN is 31 characters long"), e.getMessage());
    assertTrue(e.getMessage().contains("32 or more random characters"), e.getMessage());
  }

  @Test
  void aShortTokenIsAcceptedOnlyWhenExplicitlyAllowedAndNeverAPlaceholder() {
    Map<String, String> env = Map.of("AKHBAR_ADMIN_TOKEN", "bench-1234567", "AKHBAR_ALLOW_SHORT_ADMIN_TOKEN", "true");
    assertEquals("bench-1234567", AppConfig.fromEnv(env).adminToken());
    assertThrows(IllegalArgumentException.class, () -> AppConfig.fromEnv(Map.of("AKHBAR_ADMIN_TOKEN", "change-me",
        "AKHBAR_ALLOW_SHORT_ADMIN_TOKEN", "true")));
  }

  @Test
  void refusesALongTokenOfFewDistinctCharacters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of("AKHBAR_ADMIN_TOKEN", "ab".repeat(24))));
    assertTrue(e.getMessage().startsWith("AKHBAR_ADMIN_TOKEN "), e.getMessage());
  }

  @Test
  void acceptsA48HexDigitTokenTrimmed() {
    String token = AppConfig.newToken();
    AppConfig cfg = AppConfig.fromEnv(Map.of("AKHBAR_ADMIN_TOKEN", " " + token + "\n"));
    assertEquals(token, cfg.adminToken());
    assertFalse(cfg.adminTokenGenerated());
  }

  @Test
  void generatesATokenWhenTheVariableIsUnsetOrBlank() {
    for (Map<String, String> env : java.util.List.of(Map.<String, String>of(), Map.of("AKHBAR_ADMIN_TOKEN", "  "))) {
      AppConfig cfg = AppConfig.fromEnv(env);
      assertTrue(cfg.adminTokenGenerated());
      assertEquals(48, cfg.adminToken().length());
    }
  }
}
