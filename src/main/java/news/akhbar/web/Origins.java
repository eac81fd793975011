package news.akhbar.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import java.util.regex.Pattern;

/**
 * The site's own origin (scheme://host[:port]) that absolute links are made from: canonical links, og:url, JSON-LD
 * and feed links. The configured public URL when there is one; else the Host the reader asked for, when it is a
 * plain host name or address; else (no Host at all, as HTTP/1.0 allows, or a strange one) the address the request
 * came in on.
 */
public final class Origins {

  /** What a Host header may hold before it goes into links; anything else gets the server's address. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

  private final String publicUrl;

  /** @param publicUrl AKHBAR_PUBLIC_URL, validated and without a trailing slash; null when unset */
  public Origins(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String of(HttpServerRequest req) {
    if (publicUrl != null) {
      return publicUrl;
    }
    HostAndPort authority = req.authority();
    if (authority != null && authority.host() != null && HOST.matcher(authority.host()).matches()) {
      return req.scheme() + "://" + authority.host() + (authority.port() > 0 ? ":" + authority.port() : "");
    }
    SocketAddress local = req.localAddress();
    String host = local == null || local.hostAddress() == null ? "localhost" : local.hostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";   // an IPv6 address
    }
    return req.scheme() + "://" + host + (local != null && local.port() > 0 ? ":" + local.port() : "");
  }
}
