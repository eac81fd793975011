package news.akhbar.topic;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.akhbar.article.Topics;
import news.akhbar.editor.EditorGate;
import news.akhbar.editor.Fields;
import news.akhbar.fanout.FanOut;
import news.akhbar.fanout.StreamEvent;
import news.akhbar.json.Json;
import news.akhbar.web.CachedResponse;
import news.akhbar.web.Caching;
import news.akhbar.web.JsonBody;
import news.akhbar.web.Problem;

/**
 * GET /api/v1/topic-names (public, from memory, with a strong ETag), and the editors' PUT and DELETE
 * /api/v1/topic-names/{topic}: give a topic its display name, or take it away so the topic shows as written. A
 * change is answered once this instance shows it; the others hear of it through the fan-out.
 */
public final class TopicNameRoutes {

  /** A name's longest, in characters after NFC and trimming. */
  public static final int NAME_MAX = 40;
  private static final String LIST = "/api/v1/topic-names";
  private static final String ONE = LIST + "/:topic";
  private static final String JSON = "application/json; charset=utf-8";

  /** One topic's name. */
  record TopicNameView(String topic, String name) {}

  /** The list as encoded for one set of names: made again only after a change. */
  private record Encoded(DisplayNames names, CachedResponse response) {}

  private final TopicNameStore store;
  private final NamedTopics names;
  private final EditorGate gate;
  private final FanOut fanOut;
  private final int bodyLimitBytes;
  private volatile Encoded encoded;

  public TopicNameRoutes(TopicNameStore store, NamedTopics names, EditorGate gate, FanOut fanOut, int bodyLimitBytes) {
    this.store = store;
    this.names = names;
    this.gate = gate;
    this.fanOut = fanOut;
    this.bodyLimitBytes = bodyLimitBytes;
  }

  public void mount(Router router) {
    router.get(LIST).handler(this::listNames);
    gate.guardJson(router.put(ONE));
    gate.guard(router.delete(ONE));
    router.put(ONE).handler(BodyHandler.create(false).setBodyLimit(bodyLimitBytes)).handler(this::putName);
    router.delete(ONE).handler(this::deleteName);
  }

  void listNames(RoutingContext rc) {
    DisplayNames now = names.now();
    Encoded done = encoded;
    if (done == null || done.names() != now) {
      List<TopicNameView> items = new ArrayList<>();
      now.byTopic().forEach((topic, name) -> items.add(new TopicNameView(topic, name)));
      done = new Encoded(now, CachedResponse.tagged(Json.bytes(Map.of("items", items)), JSON, Caching.LISTS, "n")
          .kept());
      encoded = done;
    }
    done.response().send(rc.request());
  }

  void putName(RoutingContext rc) {
    Fields f = new Fields(JsonBody.tree(rc.body().buffer()), Set.of("name"));
    String topic = topic(rc, f);
    String name = f.text("name", true, NAME_MAX);
    if (name != null && name.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
      f.fail("name", "must be one line");
    }
    f.check();
    reply(rc, store.rename(topic, name, EditorGate.author(rc)));
  }

  void deleteName(RoutingContext rc) {
    String topic = rc.pathParam("topic");
    if (!Topics.fits(topic)) {
      throw Problem.field("topic", Topics.RULE);
    }
    reply(rc, store.reset(topic, EditorGate.author(rc)).map(found -> found.orElseThrow(() -> new Problem(404,
        "not-found", "topic has no name", List.of(new Problem.FieldError("topic", "has no name to take away")),
        Map.of()))));
  }

  /** The path's topic, checked with the body's fields so one 400 names them all. */
  private static String topic(RoutingContext rc, Fields f) {
    String topic = rc.pathParam("topic");
    if (!Topics.fits(topic)) {
      f.fail("topic", Topics.RULE);
    }
    return topic;
  }

  /** Hands the event on (so this instance shows it), then answers {topic, name, eventId}. */
  private void reply(RoutingContext rc, Future<StreamEvent> written) {
    written.compose(event -> fanOut.publish(event).map(event)).onSuccess(event -> {
      Map<String, Object> body = Json.read(event.json(), new TypeReference<LinkedHashMap<String, Object>>() { });
      body.put("eventId", Long.toString(event.id()));
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "no-store").end(Json.buffer(body));
    }).onFailure(rc::fail);
  }
}
