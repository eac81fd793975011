package news.akhbar.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.List;

/**
 * The address a request comes from, as a key for per-client limits. Without a proxy it is the peer. Behind trusted
 * proxies each one appends the address it saw to X-Forwarded-For, and the client may send the header with anything
 * in it already, so only the entries the trusted proxies added can be believed: counted from the right, the
 * {@code trustedHops}-th entry is the address the outermost trusted proxy saw. Keys are cut to a bounded length, so a
 * forged header cannot grow a limiter's table with long keys.
 */
public final class ClientAddress {

  /** The longest key: an IPv6 address with a zone index fits. */
  static final int MAX_LENGTH = 64;

  private final boolean trustForwarded;
  private final int trustedHops;

  /**
   * @param trustForwarded whether a trusted proxy sits in front (AKHBAR_TRUST_FORWARDED)
   * @param trustedHops how many trusted proxies append to X-Forwarded-For (AKHBAR_TRUSTED_HOPS, at least 1)
   */
  public ClientAddress(boolean trustForwarded, int trustedHops) {
    this.trustForwarded = trustForwarded;
    this.trustedHops = Math.max(1, trustedHops);
  }

  /** The request's client address: a forwarded hop a trusted proxy added, else the peer's address. */
  public String of(HttpServerRequest req) {
    if (trustForwarded) {
      String hop = forwardedHop(req.headers().getAll("X-Forwarded-For"), trustedHops);
      if (hop != null) {
        return hop;
      }
    }
    SocketAddress peer = req.remoteAddress();
    return bounded(peer == null || peer.host() == null ? String.valueOf(peer) : peer.host());
  }

  /**
   * The hops-th entry from the right over all X-Forwarded-For lines (a later line was added nearer to us); the
   * leftmost entry when there are fewer (the request passed fewer proxies, all of them trusted); null when there is
   * none. Reads from the right and stops there, so a long forged prefix costs nothing.
   */
  static String forwardedHop(List<String> lines, int hops) {
    String leftmost = null;
    int seen = 0;
    for (int l = lines.size() - 1; l >= 0; l--) {
      String line = lines.get(l);
      int end = line.length();
      while (end >= 0) {
        int comma = end == 0 ? -1 : line.lastIndexOf(',', end - 1);
        String hop = line.substring(comma + 1, end).strip();
        if (!hop.isEmpty()) {
          if (++seen == hops) {
            return bounded(hop);
          }
          leftmost = hop;
        }
        end = comma;
      }
    }
    return leftmost == null ? null : bounded(leftmost);
  }

  private static String bounded(String address) {
    return address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
  }
}
