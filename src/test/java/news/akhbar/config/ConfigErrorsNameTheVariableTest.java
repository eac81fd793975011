package news.akhbar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A setting that does not parse stops the start with a message naming the variable and the value it got. */
class ConfigErrorsNameTheVariableTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "AKHBAR_HTTP_PORT|eighty|AKHBAR_HTTP_PORT must be an integer, got 'eighty'",
      "AKHBAR_HOT_ARTICLES|many|AKHBAR_HOT_ARTICLES must be an integer, got 'many'",
      "AKHBAR_REPLAY_RING|2k|AKHBAR_REPLAY_RING must be an integer, got '2k'",
      "AKHBAR_SEARCH|elastic|AKHBAR_SEARCH must be lucene or postgres, got 'elastic'",
      "AKHBAR_REPLAY_WINDOW|a week|AKHBAR_REPLAY_WINDOW must be a duration such as 7d, 12h or P7D, got 'a week'",
      "AKHBAR_PUBLIC_URL|news.example.org/|AKHBAR_PUBLIC_URL must be an http(s) origin such as "
          + "https://news.example.org, got 'news.example.org/'"})
  void aBadSettingIsRefusedByName(String name, String value, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of(name, value)));
    assertEquals(message, e.getMessage());
  }
}
