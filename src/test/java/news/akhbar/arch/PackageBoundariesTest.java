package news.akhbar.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries between the packages (each package-info says what it owns), checked on the compiled main classes. */
class PackageBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("news.akhbar");
  }

  @Test
  void fanOutIsALeafThatKnowsNoArticleSqlOrSse() {
    noClasses().that().resideInAPackage("news.akhbar.fanout..")
        .should().dependOnClassesThat().resideInAnyPackage("news.akhbar.article..", "news.akhbar.ticker..",
            "news.akhbar.editor..", "news.akhbar.web..", "news.akhbar.app..", "io.vertx.sqlclient..",
            "io.vertx.pgclient..")
        .check(classes);
  }

  @Test
  void onlyTheRedisTransportSpeaksRedis() {
    noClasses().that().doNotHaveSimpleName("RedisTransport")
        .should().dependOnClassesThat().resideInAPackage("io.vertx.redis..")
        .check(classes);
  }

  @Test
  void onlyStoresTheEventLogAndTheWiringSpeakSql() {
    noClasses().that().resideOutsideOfPackage("news.akhbar.app..").and(DescribedPredicate.not(speakingSqlByName()))
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..", "java.sql..")
        .check(classes);
  }

  /** Stores, the event log and the few article helpers they share (row mapping, idempotency, store errors). */
  private static DescribedPredicate<JavaClass> speakingSqlByName() {
    java.util.Set<String> named = java.util.Set.of("EventLog", "StoreErrors", "Idempotency", "Revisions", "ArticleRows");
    return DescribedPredicate.describe("a store or the event log", c -> {
      String top = c.getName().replaceFirst("\\$.*", "");
      String simple = top.substring(top.lastIndexOf('.') + 1);
      return simple.endsWith("Store") || named.contains(simple);
    });
  }

  @Test
  void theTickerKnowsNothingOfRedisOrSql() {
    noClasses().that().resideInAPackage("news.akhbar.ticker..")
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.redis..", "io.vertx.sqlclient..",
            "io.vertx.pgclient..")
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
