package news.akhbar.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searches at a fixed arrival rate whatever the answers' pace (open loop): request k is due at start + k / rate and
 * its latency runs from when it was due, so a server that falls behind shows it in the tail instead of slowing the
 * load down (no coordinated omission). The query log is walked in order, round and round.
 */
final class OpenLoopSearch {

  /** Latencies (µs, from when each request was due) overall and per kind of query, and what failed. */
  record Result(long[] micros, Map<QueryLog.Kind, long[]> byKind, int errors, double seconds, String firstError) {
  }

  private OpenLoopSearch() {
  }

  static Result run(int port, List<QueryLog.Query> log, double rate, int seconds, int limit) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "search-client");
      t.setDaemon(true);
      return t;
    });
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
    int total = (int) Math.round(rate * seconds);
    long[] micros = new long[total];
    AtomicInteger errors = new AtomicInteger();
    String[] firstError = {null};
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long start = System.nanoTime();
    for (int k = 0; k < total; k++) {
      long due = start + (long) (k * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      QueryLog.Query q = log.get(k % log.size());
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?limit="
          + limit + "&q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30))
          .build();
      int slot = k;
      pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((r, e) -> {
        micros[slot] = (System.nanoTime() - due) / 1000;
        if (e != null || r.statusCode() != 200) {
          errors.incrementAndGet();
          synchronized (firstError) {
            if (firstError[0] == null) {
              firstError[0] = e != null ? e.toString() : r.statusCode() + " " + new String(r.body(),
                  StandardCharsets.UTF_8);
            }
          }
        }
        return null;
      }));
    }
    CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    executor.shutdown();
    Map<QueryLog.Kind, List<Long>> kinds = new EnumMap<>(QueryLog.Kind.class);
    for (int k = 0; k < total; k++) {
      kinds.computeIfAbsent(log.get(k % log.size()).kind(), x -> new ArrayList<>()).add(micros[k]);
    }
    Map<QueryLog.Kind, long[]> byKind = new EnumMap<>(QueryLog.Kind.class);
    kinds.forEach((kind, list) -> byKind.put(kind, list.stream().mapToLong(Long::longValue).toArray()));
    return new Result(micros, byKind, errors.get(), elapsed, firstError[0]);
  }
}
