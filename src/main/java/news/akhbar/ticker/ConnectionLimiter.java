package news.akhbar.ticker;

import java.util.concurrent.ConcurrentHashMap;

/** Open streams per client address, shared by every event loop; over the limit a new stream is refused (429). */
public final class ConnectionLimiter {

  private final int perAddress;
  private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

  public ConnectionLimiter(int perAddress) {
    this.perAddress = perAddress;
  }

  boolean tryAcquire(String address) {
    boolean[] granted = {false};
    open.compute(address, (k, n) -> {
      int now = n == null ? 0 : n;
      if (now >= perAddress) {
        return n;
      }
      granted[0] = true;
      return now + 1;
    });
    return granted[0];
  }

  void release(String address) {
    open.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
  }
}
