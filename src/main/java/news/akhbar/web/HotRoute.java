package news.akhbar.web;

import io.vertx.core.http.HttpServerRequest;

/**
 * A route that can answer from memory before the router: the newest lists and articles, pages, feeds, the pages'
 * files, a stream's opening. The {@link FrontDoor} asks it once per request; what it cannot answer goes to the
 * router, whose handlers then ask the store and never memory again.
 */
public interface HotRoute {

  /**
   * Whether this route owns the path (cheap: asked for every read until one says yes).
   *
   * @param path the request's path without a trailing slash, as the router matches it (see FrontDoor.routedPath)
   */
  boolean matches(String path);

  /**
   * Answers from memory when it can. False when it cannot, having sent and set nothing, so the router can answer
   * (a cold read, a refusal, a request that does not parse).
   *
   * @param path as given to {@link #matches}
   */
  boolean tryServe(HttpServerRequest req, String path);

  /** False for a stream, which would stay open with nothing to send: HEAD there is refused with 405. */
  default boolean answersHead() {
    return true;
  }
}
