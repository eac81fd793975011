package news.akhbar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The archive's vocabulary: the words of Debian's hunspell-ar dictionary (not in the repo: installed with
 * {@code apt-get install -y hunspell-ar}), shuffled by the seed behind a few dozen common news words, and drawn with
 * Zipf frequencies (rank r has weight 1/r^1.07), so a handful of words are in nearly every article and most are rare.
 */
final class ArabicWords {

  static final Path DICTIONARY = Path.of(System.getenv().getOrDefault("AKHBAR_BENCH_WORDS",
      "/usr/share/hunspell/ar.dic"));
  private static final double EXPONENT = 1.07;
  /** The most frequent words of Arabic news prose, in rank order, ahead of the dictionary's. */
  private static final List<String> COMMON = List.of("في", "من", "على", "إلى", "أن", "عن", "مع", "هذا", "التي",
      "الذي", "كما", "بين", "وزير", "الحكومة", "الرئيس", "العام", "قال", "مدينة", "الأمن", "الاقتصاد", "مجلس",
      "الوزراء", "المنطقة", "الدولة", "الشركة", "السوق", "مسؤول", "الصحة", "المياه", "الطاقة", "التعليم",
      "البرلمان", "الانتخابات", "المنتخب", "الأسعار", "النفط", "الشرطة", "المحكمة", "الجامعة", "المستشفى");

  final String[] words;
  private final double[] cumulative;

  private ArabicWords(String[] words) {
    this.words = words;
    this.cumulative = new double[words.length];
    double sum = 0;
    for (int r = 0; r < words.length; r++) {
      sum += 1.0 / Math.pow(r + 1, EXPONENT);
      cumulative[r] = sum;
    }
    for (int r = 0; r < words.length; r++) {
      cumulative[r] /= sum;
    }
  }

  /** Reads the dictionary, or fails saying how to install it. */
  static ArabicWords load(long seed) throws IOException {
    if (!Files.isReadable(DICTIONARY)) {
      throw new IOException("the Arabic word list " + DICTIONARY + " is missing: install it with "
          + "`apt-get install -y hunspell-ar` (Debian/Ubuntu), or point AKHBAR_BENCH_WORDS at a hunspell .dic");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
      String w = line.split("[/\t]", 2)[0].strip();
      if (w.length() >= 2 && w.length() <= 12 && w.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) {
        seen.add(w);
      }
    }
    if (seen.size() < 10_000) {
      throw new IOException(DICTIONARY + " holds only " + seen.size() + " Arabic words; is it hunspell-ar?");
    }
    List<String> dictionary = new ArrayList<>(seen);
    dictionary.removeAll(COMMON);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = dictionary.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      String t = dictionary.get(i);
      dictionary.set(i, dictionary.get(j));
      dictionary.set(j, t);
    }
    List<String> all = new ArrayList<>(COMMON);
    all.addAll(dictionary);
    return new ArabicWords(all.toArray(new String[0]));
  }

  /** The rank (0 = most frequent) of a Zipf-distributed draw. */
  int rank(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  String draw(SplittableRandom rnd) {
    return words[rank(rnd)];
  }
}
