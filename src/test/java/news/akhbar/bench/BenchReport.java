package news.akhbar.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one run: printed as a table, then as one JSON line (the last line of stdout). */
final class BenchReport {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  BenchReport put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  /** Adds p50/p90/p99/max/mean (ms) of microsecond samples under the given prefix. */
  BenchReport percentiles(String prefix, long[] micros) {
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    put(prefix + "p50_ms", ms(at(sorted, 0.50)));
    put(prefix + "p90_ms", ms(at(sorted, 0.90)));
    put(prefix + "p99_ms", ms(at(sorted, 0.99)));
    put(prefix + "max_ms", ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
    put(prefix + "mean_ms", ms(sorted.length == 0 ? -1 : (long) Arrays.stream(sorted).average().orElse(0)));
    return this;
  }

  /** The q-quantile of sorted samples (nearest rank), -1 when there are none. */
  static long at(long[] sorted, double q) {
    return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }

  static double ms(long micros) {
    return micros < 0 ? -1 : Math.round(micros / 100.0) / 10.0;
  }

  /** The median of repetitions (the mean of the middle two for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static double round1(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  String table() {
    StringBuilder out = new StringBuilder();
    fields.forEach((k, v) -> out.append(String.format("%-28s %s%n", k, v)));
    return out.toString();
  }

  String json() {
    StringBuilder out = new StringBuilder("{");
    fields.forEach((k, v) -> {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append('"').append(k).append("\":");
      if (v instanceof Number || v instanceof Boolean) {
        out.append(v);
      } else {
        out.append('"').append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    });
    return out.append('}').toString();
  }
}
