package news.akhbar.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries between the packages (each package-info says what it owns), checked on the compiled main classes. */
class PackageBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = MainClasses.get();
  }

  @Test
  void fanOutIsALeafThatKnowsNoArticleSqlOrSse() {
    noClasses().that().resideInAPackage("news.akhbar.fanout..")
        .should().dependOnClassesThat().resideInAnyPackage("news.akhbar.article..", "news.akhbar.ticker..",
            "news.akhbar.editor..", "news.akhbar.web..", "news.akhbar.app..", "io.vertx.sqlclient..",
            "io.vertx.pgclient..")
        .check(classes);
  }

  /** The fan-out's pub/sub transport and the live audience's shared counts. */
  @Test
  void onlyTheRedisClassesSpeakRedis() {
    Set<String> named = Set.of("news.akhbar.fanout.RedisTransport", "news.akhbar.live.RedisAudience");
    noClasses().that(DescribedPredicate.describe("are not " + named,
            c -> !named.contains(c.getName().replaceFirst("\\$.*", ""))))
        .should().dependOnClassesThat().resideInAPackage("io.vertx.redis..")
        .check(classes);
  }

  @Test
  void onlyStoresTheEventLogAndTheDatabaseWiringSpeakSql() {
    noClasses().that(DescribedPredicate.not(speakingSql()))
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..", "java.sql..")
        .check(classes);
  }

  /**
   * A feature's ...Store, the event log and the few article helpers the stores share (row mapping, idempotency,
   * revisions, store errors), and in app the wiring that builds the pools (plus the first-run sample content and the
   * editor command line, which write through SQL of their own).
   */
  private static DescribedPredicate<JavaClass> speakingSql() {
    Set<String> named = Set.of("news.akhbar.article.EventLog", "news.akhbar.article.EventWriter",
        "news.akhbar.article.StoreErrors",
        "news.akhbar.article.Idempotency", "news.akhbar.article.Revisions", "news.akhbar.article.ArticleRows",
        "news.akhbar.app.App", "news.akhbar.app.Database",
        "news.akhbar.app.SampleContent", "news.akhbar.app.EditorCli");
    return DescribedPredicate.describe("a store, the event log or the database wiring", c -> {
      String top = c.getName().replaceFirst("\\$.*", "");
      boolean store = top.endsWith("Store") && !top.startsWith("news.akhbar.app.");
      return store || named.contains(top);
    });
  }

  @Test
  void articleKnowsNeitherTheWebNorAnyFeature() {
    noClasses().that().resideInAPackage("news.akhbar.article..")
        .should().dependOnClassesThat().resideInAnyPackage("news.akhbar.web..", "news.akhbar.editor..",
            "news.akhbar.search..", "news.akhbar.latest..", "news.akhbar.page..", "news.akhbar.feed..",
            "news.akhbar.ticker..", "news.akhbar.retention..", "news.akhbar.health..", "news.akhbar.metrics..",
            "news.akhbar.live..", "news.akhbar.app..")
        .orShould().dependOnClassesThat(fanOutBeyond("StreamEvent", "History", "LoggedEvent"))
        .check(classes);
  }

  @Test
  void theTickerReadsHistoryOnlyThroughItsReplaySource() {
    noClasses().that().resideInAPackage("news.akhbar.ticker..")
        .should().dependOnClassesThat().resideInAnyPackage("news.akhbar.article..", "news.akhbar.latest..",
            "news.akhbar.editor..", "news.akhbar.app..")
        .orShould().dependOnClassesThat(fanOutBeyond("StreamEvent", "LoggedEvent", "FanOut"))
        .check(classes);
  }

  /** A fan-out class other than the named ones: the stream event's vocabulary and the seams. */
  private static DescribedPredicate<JavaClass> fanOutBeyond(String... allowed) {
    Set<String> names = Set.of(allowed);
    return DescribedPredicate.describe("are fanout classes other than " + names, c -> {
      String top = c.getName().replaceFirst("\\$.*", "");
      return top.startsWith("news.akhbar.fanout.") && !names.contains(top.substring("news.akhbar.fanout.".length()));
    });
  }

  @Test
  void theTickerKnowsNothingOfRedisOrSql() {
    noClasses().that().resideInAPackage("news.akhbar.ticker..")
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.redis..", "io.vertx.sqlclient..",
            "io.vertx.pgclient..", "java.sql..")
        .check(classes);
  }

  @Test
  void webKnowsNoFeature() {
    noClasses().that().resideInAPackage("news.akhbar.web..")
        .should().dependOnClassesThat().resideInAnyPackage("news.akhbar.article..", "news.akhbar.editor..",
            "news.akhbar.ticker..", "news.akhbar.fanout..", "news.akhbar.feed..", "news.akhbar.app..")
        .check(classes);
  }

  @Test
  void nothingImportsTheWiring() {
    noClasses().that().resideOutsideOfPackage("news.akhbar.app..")
        .should().dependOnClassesThat().resideInAPackage("news.akhbar.app..")
        .check(classes);
  }
}
