package news.akhbar.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Articles to seed the read mode with: Akhbar's own Arabic samples (resource /sample/articles.json, 500–800-byte
 * bodies) repeated with numbered titles over six topics, as JSON for POST /api/v1/articles.
 */
final class SampleArticles {

  private static final List<String> TOPICS = List.of("local", "economy", "sports", "culture", "technology", "world");

  private final JsonArray samples;

  SampleArticles() throws IOException {
    try (InputStream in = SampleArticles.class.getResourceAsStream("/sample/articles.json")) {
      if (in == null) {
        throw new IOException("no /sample/articles.json on the class path");
      }
      samples = new JsonArray(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Article i: sample i mod 6 with its title numbered, in topic i mod 6. */
  String json(int i) {
    JsonObject sample = samples.getJsonObject(i % samples.size());
    return new JsonObject()
        .put("title", sample.getString("title") + " (" + (i + 1) + ")")
        .put("body", sample.getString("body"))
        .put("topic", TOPICS.get(i % TOPICS.size()))
        .put("source", sample.getString("source"))
        .encode();
  }
}
