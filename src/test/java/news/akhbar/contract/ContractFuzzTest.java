package news.akhbar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.openapi.contract.Operation;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.contract.FuzzOracle.Finding;
import news.akhbar.support.Await;
import news.akhbar.support.ContractCheck;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every operation of the OpenAPI document against one running app: fair and hostile requests drawn from a seeded
 * Random (FuzzRequests), each answer judged by FuzzOracle. Runs a fixed seed and a fresh one; a failure lists every distinct
 * finding with one example request, and the seed with the command that replays it:
 * {@code -Dakhbar.fuzz.seed=N} (only that seed), {@code -Dakhbar.fuzz.tries=N} (requests per operation, default 15),
 * {@code -Dakhbar.fuzz.only=operationId}.
 */
class ContractFuzzTest {

  private static final long FIXED_SEED = 20261203L;
  private static final int TRIES = Integer.getInteger("akhbar.fuzz.tries", 15);
  private static final String REPLAY = System.getProperty("akhbar.fuzz.seed");
  private static final String ONLY = System.getProperty("akhbar.fuzz.only");

  private static Vertx vertx;
  private static TestApp app;
  private static FuzzLog log;
  private static FuzzRequests requests;
  private static FuzzOracle oracle;

  @BeforeAll
  static void startApp() {
    vertx = Vertx.vertx();
    // per-address and per-editor limits are tested where they are set; the scheduler runs often to meet what we post
    app = TestApp.start(vertx, Map.of("AKHBAR_WRITES_PER_MINUTE", "100000", "AKHBAR_SCHEDULER_MILLIS", "1000"));
    ContractCheck contract = ContractCheck.get();
    requests = new FuzzRequests(contract, new FuzzFixtures(app));
    oracle = new FuzzOracle(contract);
    log = new FuzzLog();
  }

  @AfterAll
  static void stopApp() {
    if (log != null) {
      log.close();
    }
    if (app != null) {
      app.close();
    }
    if (vertx != null) {
      Await.of(vertx.close(), 20);
    }
  }

  @Test
  void everyOperationAnswersAsTheDocumentSaysWithTheFixedSeed() {
    fuzz(REPLAY != null ? Long.parseLong(REPLAY) : FIXED_SEED);
  }

  @Test
  void everyOperationAnswersAsTheDocumentSaysWithAFreshSeed() {
    assumeTrue(REPLAY == null, "replaying one seed");
    fuzz(new SecureRandom().nextLong());
  }

  private void fuzz(long seed) {
    Map<String, List<Object>> findings = new LinkedHashMap<>();
    int sent = 0;
    List<Operation> operations = new ArrayList<>(ContractCheck.get().contract().operations());
    operations.sort(Comparator.comparing(Operation::getOperationId));
    for (Operation op : operations) {
      if (ONLY != null && !ONLY.equals(op.getOperationId())) {
        continue;
      }
      // drawn afresh per operation: -Dakhbar.fuzz.only replays its requests without the others'
      FuzzValues.seed(seed ^ op.getOperationId().hashCode());
      for (int i = 0; i < TRIES; i++) {
        FuzzRequest request = requests.next(op);
        log.drain();
        FuzzClient.Answer answer = FuzzClient.send(app.port(), request);
        for (Finding f : oracle.judge(request, answer, log.drain())) {
          findings.computeIfAbsent(f.kind() + " | " + f.key(), k -> new ArrayList<>(List.of(0, f, request)));
          List<Object> seen = findings.get(f.kind() + " | " + f.key());
          seen.set(0, (Integer) seen.get(0) + 1);
        }
        sent++;
      }
    }
    String report = report(seed, sent, findings);
    System.out.println(report);
    assertEquals(200, app.get("/").statusCode(), "GET / after the fuzzing");
    assertEquals(200, app.get("/api/v1/articles").statusCode(), "GET /api/v1/articles after the fuzzing");
    assertEquals(0, findings.size(), report);
  }

  private static String report(long seed, int sent, Map<String, List<Object>> findings) {
    StringBuilder text = new StringBuilder("contract fuzz: seed ").append(seed).append(", ").append(sent)
        .append(" requests, ").append(findings.size()).append(" distinct findings")
        .append("\n  replay: mvn -B -o surefire:test -Dtest=ContractFuzzTest -Dakhbar.fuzz.seed=").append(seed)
        .append(ONLY == null ? "" : " -Dakhbar.fuzz.only=" + ONLY).append(" -Dakhbar.fuzz.tries=").append(TRIES);
    findings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Finding f = (Finding) e.getValue().get(1);
      text.append("\n- [").append(f.kind()).append("] ").append(f.key()).append(" (×").append(e.getValue().get(0))
          .append("): ").append(f.message()).append("\n    e.g. ").append(((FuzzRequest) e.getValue().get(2)).show());
    });
    return text.toString();
  }
}
