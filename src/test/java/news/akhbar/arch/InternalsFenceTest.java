package news.akhbar.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vert.x and Netty internals (io.vertx.core.internal, any impl package, io.netty) are used by the few files named
 * here and nowhere else; each says in a comment why. A Vert.x upgrade is checked against what they use in
 * {@link VertxInternalsUpgradeTest}.
 */
class InternalsFenceTest {

  /** The files allowed to reach into internals: exactly those that do. */
  static final Set<String> NAMED = Set.of("news.akhbar.ticker.Frame", "news.akhbar.ticker.StreamWriter",
      "news.akhbar.web.CachedResponse", "news.akhbar.web.RequestHeadTimeout", "news.akhbar.fanout.SequencedFanOut",
      "news.akhbar.web.UnreadableRequests");

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = MainClasses.get();
  }

  @Test
  void onlyTheNamedFilesUseVertxOrNettyInternals() {
    noClasses().that(DescribedPredicate.not(DescribedPredicate.describe("one of the named files",
            (JavaClass c) -> NAMED.contains(topLevel(c)))))
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.core.internal..", "..impl..", "io.netty..")
        .check(classes);
  }

  @Test
  void everyNamedFileStillUsesThemSoTheListStaysExact() {
    Set<String> users = new TreeSet<>();
    for (JavaClass c : classes) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        if (internal(d.getTargetClass().getPackageName())) {
          users.add(topLevel(c));
        }
      }
    }
    assertEquals(new TreeSet<>(NAMED), users, "the files using internals changed: update NAMED (and the why comment)");
  }

  private static boolean internal(String pkg) {
    return pkg.startsWith("io.vertx.core.internal") || pkg.startsWith("io.netty") || pkg.endsWith(".impl")
        || pkg.contains(".impl.");
  }

  private static String topLevel(JavaClass c) {
    return c.getName().replaceFirst("\\$.*", "");
  }
}
