package news.akhbar.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server jar leaves out app.firstrun and the embedded stores: a class outside that package that used them would
 * fail there with NoClassDefFoundError. (ServerJarIT checks the jar itself.)
 */
@AnalyzeClasses(packages = "news.akhbar", importOptions = DoNotIncludeTests.class)
class FirstRunFenceTest {

  @ArchTest
  static final ArchRule onlyTheFirstRunPackageUsesTheEmbeddedStores =
      noClasses().that().resideOutsideOfPackage("news.akhbar.app.firstrun..")
          .should().dependOnClassesThat().resideInAnyPackage("io.zonky..", "redis.embedded..");

  @ArchTest
  static final ArchRule nothingOutsideTheFirstRunPackageUsesIt =
      noClasses().that().resideOutsideOfPackage("news.akhbar.app.firstrun..")
          .should().dependOnClassesThat().resideInAPackage("news.akhbar.app.firstrun..");
}
