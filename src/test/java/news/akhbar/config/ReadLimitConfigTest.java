package news.akhbar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadLimitConfigTest {

  @Test
  void sixtySearchesAndOneHundredTwentyColdReadsAMinuteByDefault() {
    AppConfig cfg = AppConfig.fromEnv(Map.of());
    assertEquals(60, cfg.searchesPerMinute());
    assertEquals(120, cfg.coldReadsPerMinute());
  }

  @Test
  void zeroTurnsALimitOff() {
    assertEquals(0, AppConfig.fromEnv(Map.of("AKHBAR_SEARCHES_PER_MINUTE", "0")).searchesPerMinute());
  }

  @Test
  void aNegativeOrUnreadableBudgetStopsTheStartNamingTheVariable() {
    assertEquals("AKHBAR_SEARCHES_PER_MINUTE must be 0 (no limit) or more, got -1", assertThrows(
        IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of("AKHBAR_SEARCHES_PER_MINUTE", "-1"))).getMessage());
    assertEquals("AKHBAR_COLD_READS_PER_MINUTE must be an integer, got 'lots'", assertThrows(
        IllegalArgumentException.class,
        () -> AppConfig.fromEnv(Map.of("AKHBAR_COLD_READS_PER_MINUTE", "lots"))).getMessage());
  }
}
