package news.akhbar.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Asks every instance for a coverage's audience once a second (GET /api/v1/live/{id}/audience, as an editor) and
 * notes it beside the number of readers really connected at that moment. Runs on its own thread until stopped.
 */
final class AudiencePoll implements Runnable {

  /** One poll: when (System.nanoTime), the readers connected, and each instance's count (-1: no answer). */
  record Sample(long at, int truth, int[] counts) {

    boolean exact() {
      for (int c : counts) {
        if (c != truth) {
          return false;
        }
      }
      return true;
    }

    /** The worst instance's error, in % of the readers connected. */
    double errorPct() {
      double worst = 0;
      for (int c : counts) {
        worst = Math.max(worst, c < 0 ? 100 : 100.0 * Math.abs(c - truth) / truth);
      }
      return worst;
    }
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final List<HttpRequest> requests = new ArrayList<>();
  private final IntSupplier truth;
  final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean stopping;

  AudiencePoll(int[] ports, String coverageId, String token, IntSupplier truth) {
    for (int port : ports) {
      requests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/live/" + coverageId
          + "/audience")).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build());
    }
    this.truth = truth;
  }

  @Override
  public void run() {
    long next = System.nanoTime();
    while (!stopping) {
      long at = System.nanoTime();
      int connected = truth.getAsInt();
      int[] counts = new int[requests.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = count(requests.get(i));
      }
      samples.add(new Sample(at, connected, counts));
      next += 1_000_000_000L;
      long wait = next - System.nanoTime();
      try {
        Thread.sleep(Math.max(0, wait / 1_000_000));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static int count(HttpRequest request) {
    try {
      HttpResponse<String> res = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return res.statusCode() == 200 ? new JsonObject(res.body()).getInteger("count") : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  void stop() {
    stopping = true;
  }

  /** The largest error of any poll while readers were connected, in %. */
  double maxErrorPct() {
    synchronized (samples) {
      return samples.stream().filter(s -> s.truth() > 0).mapToDouble(Sample::errorPct).max().orElse(-1);
    }
  }

  /** Milliseconds from since (System.nanoTime) to the first poll at which every instance had the exact count; -1. */
  long exactAfterMillis(long since) {
    synchronized (samples) {
      return samples.stream().filter(s -> s.at() >= since && s.truth() > 0 && s.exact()).findFirst()
          .map(s -> (s.at() - since) / 1_000_000).orElse(-1L);
    }
  }

  /** The largest error of any poll after the first exact one, in % (0 when the count stayed exact). */
  double errorAfterExactPct(long since) {
    synchronized (samples) {
      long exactAt = samples.stream().filter(s -> s.at() >= since && s.truth() > 0 && s.exact()).findFirst()
          .map(Sample::at).orElse(Long.MAX_VALUE);
      return samples.stream().filter(s -> s.at() > exactAt).mapToDouble(Sample::errorPct).max().orElse(0);
    }
  }
}
