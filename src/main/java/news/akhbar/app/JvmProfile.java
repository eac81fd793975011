package news.akhbar.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * The JVM choices that shape a reader's cost, read once at start-up: the garbage collector, how far the JIT compiles,
 * the heap's bound, and whether the production profile (src/main/jvm/akhbar.options, baked into the runtime image
 * target/akhbar/) set them. Without the profile, the start-up log points at the launcher that has it.
 */
record JvmProfile(String collector, String jit, long maxHeapBytes, boolean production) {

  /** The system property the production options set; its value names the profile. */
  static final String PROPERTY = "akhbar.profile";
  static final String LAUNCHER = "target/akhbar/bin/akhbar";
  static final String DOCS = "docs/operations.md#the-production-profile";
  private static final List<String> COLLECTORS = List.of("SerialGC", "ParallelGC", "G1GC", "ZGC", "ShenandoahGC",
      "EpsilonGC");

  static JvmProfile ofThisProcess() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String collector = COLLECTORS.stream().filter(gc -> "true".equals(flag(vm, "Use" + gc).orElse(""))).findFirst()
        .orElse("unknown collector");
    long maxHeap = flag(vm, "MaxHeapSize").map(Long::parseLong).orElse(Runtime.getRuntime().maxMemory());
    return new JvmProfile(collector, jit(vm), maxHeap, "production".equals(System.getProperty(PROPERTY)));
  }

  /** "C1 only" under TieredStopAtLevel 1 to 3, "C1 and C2" tiered (the JVM's default), or what else was chosen. */
  private static String jit(HotSpotDiagnosticMXBean vm) {
    if (System.getProperty("java.vm.info", "").contains("interpreted mode")) {
      return "interpreter only";
    }
    if ("false".equals(flag(vm, "TieredCompilation").orElse("true"))) {
      return "C2 only";
    }
    int level = flag(vm, "TieredStopAtLevel").map(Integer::parseInt).orElse(4);
    return level == 0 ? "interpreter only" : level < 4 ? "C1 only" : "C1 and C2";
  }

  private static Optional<String> flag(HotSpotDiagnosticMXBean vm, String name) {
    try {
      return Optional.of(vm.getVMOption(name).getValue());
    } catch (IllegalArgumentException notInThisJvm) {
      return Optional.empty();
    }
  }

  /** One line: which collector, which compilers, how much heap at most, and under which profile. */
  String summary() {
    return "JVM: Java " + Runtime.version() + ", " + collector + ", JIT " + jit + ", max heap "
        + maxHeapBytes / (1024 * 1024) + " MiB, " + (production ? "production profile" : "no production profile");
  }

  /** Said when the JVM runs on its own defaults, as java -jar target/akhbar.jar does. */
  Optional<String> advice() {
    return production ? Optional.empty() : Optional.of("the production profile (the JVM options of "
        + "src/main/jvm/akhbar.options: less memory per reader) is " + LAUNCHER + ", made by mvn package; run that "
        + "instead of java -jar — " + DOCS);
  }
}
