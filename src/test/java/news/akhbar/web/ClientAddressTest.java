package news.akhbar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which X-Forwarded-For entry is the client, given how many trusted proxies appended to it. */
class ClientAddressTest {

  @Test
  void oneTrustedProxyMeansTheRightmostEntryWhateverTheClientPutBeforeIt() {
    assertEquals("203.0.113.7", ClientAddress.forwardedHop(List.of("1.1.1.1, 2.2.2.2,203.0.113.7"), 1));
    assertEquals("203.0.113.7", ClientAddress.forwardedHop(List.of(" 203.0.113.7 "), 1));
  }

  @Test
  void twoTrustedProxiesMeanTheSecondEntryFromTheRight() {
    assertEquals("203.0.113.7", ClientAddress.forwardedHop(List.of("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2));
  }

  @Test
  void laterHeaderLinesAreNearerProxiesAndEmptyEntriesDoNotCount() {
    assertEquals("203.0.113.7", ClientAddress.forwardedHop(List.of("6.6.6.6, 203.0.113.7", "10.0.0.2,,"), 2));
  }

  @Test
  void fewerEntriesThanTrustedProxiesMeansTheLeftmostAndNoneMeansNull() {
    assertEquals("203.0.113.7", ClientAddress.forwardedHop(List.of("203.0.113.7, 10.0.0.2"), 3));
    assertNull(ClientAddress.forwardedHop(List.of(), 1));
    assertNull(ClientAddress.forwardedHop(List.of(" , "), 1));
  }

  @Test
  void aLongEntryIsCutToTheKeyLimit() {
    String hop = ClientAddress.forwardedHop(List.of("x".repeat(10_000)), 1);
    assertEquals("x".repeat(64), hop);
  }
}
