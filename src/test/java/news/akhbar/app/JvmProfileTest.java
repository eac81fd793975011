package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The start-up log's JVM line names the collector, the compilers and the heap bound in effect; without the production
 * profile a second line names the launcher that has it. The launcher itself: RuntimeImageIT.
 */
class JvmProfileTest {

  @Test
  void namesTheCollectorThisJvmRunsWith() {
    Map<String, String> beanPrefixes = Map.of("SerialGC", "Copy", "ParallelGC", "PS ", "G1GC", "G1 ", "ZGC", "ZGC",
        "ShenandoahGC", "Shenandoah");
    JvmProfile jvm = JvmProfile.ofThisProcess();

    String prefix = beanPrefixes.get(jvm.collector());
    assertTrue(ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .anyMatch(name -> name.startsWith(prefix)), jvm.collector());
    // maxMemory leaves one survivor space out: at most a tenth of the young generation, so of the heap
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= jvm.maxHeapBytes() && max >= jvm.maxHeapBytes() * 0.9,
        "the heap bound " + jvm.maxHeapBytes() + " against maxMemory " + max);
  }

  @Test
  void oneLineSaysCollectorCompilersHeapAndProfile() {
    JvmProfile jvm = new JvmProfile("SerialGC", "C1 only", 512L * 1024 * 1024, true);

    assertEquals("JVM: Java " + Runtime.version() + ", SerialGC, JIT C1 only, max heap 512 MiB, production profile",
        jvm.summary());
    assertTrue(jvm.advice().isEmpty());
  }

  @Test
  void withoutTheProfileNamesTheLauncherThatHasIt() {
    JvmProfile jvm = new JvmProfile("G1GC", "C1 and C2", 6L * 1024 * 1024 * 1024, false);

    assertTrue(jvm.summary().endsWith(", G1GC, JIT C1 and C2, max heap 6144 MiB, no production profile"),
        jvm.summary());
    String advice = jvm.advice().orElseThrow();
    assertTrue(advice.startsWith("the production profile (the JVM options of src/main/jvm/akhbar.options"), advice);
    assertTrue(advice.contains("is target/akhbar/bin/akhbar, made by mvn package"), advice);
    assertFalse(JvmProfile.ofThisProcess().production(), "the tests' JVM runs without the profile");
  }
}
