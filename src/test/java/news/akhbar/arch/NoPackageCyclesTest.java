package news.akhbar.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/** Packages depend on each other one way only: a newcomer can read them from the leaves (fanout, web) upwards. */
class NoPackageCyclesTest {

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    slices().matching("news.akhbar.(*)..").should().beFreeOfCycles().check(MainClasses.get());
  }
}
