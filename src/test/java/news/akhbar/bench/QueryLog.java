package news.akhbar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What readers type, drawn from the archive's own vocabulary (deterministic for a seed): the most common words (a
 * match in nearly every article), mid-frequency and rare words, two-word phrases with and without quotes, names,
 * years and numbers in both digit forms, words with tashkeel or a dropped hamza, and a few that match nothing.
 */
final class QueryLog {

  /** The kinds of query, so latencies can be told apart; each query is tagged with its kind. */
  enum Kind { COMMON, MID, RARE, PHRASE, QUOTED, NAME, DIGITS, MARKED, NONE }

  record Query(Kind kind, String text) {
  }

  private QueryLog() {
  }

  static List<Query> build(ArabicWords words, long seed, int size) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EA2C4L);
    List<Query> log = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Kind kind = Kind.values()[i % Kind.values().length];
      log.add(new Query(kind, text(kind, words, rnd)));
    }
    return log;
  }

  private static String text(Kind kind, ArabicWords words, SplittableRandom rnd) {
    return switch (kind) {
      case COMMON -> words.words[rnd.nextInt(60)];
      case MID -> words.words[60 + rnd.nextInt(2_000)];
      case RARE -> words.words[2_000 + rnd.nextInt(60_000)];
      case PHRASE -> words.draw(rnd) + " " + words.draw(rnd);
      case QUOTED -> "\"" + words.draw(rnd) + " " + words.draw(rnd) + "\"";
      case NAME -> ArchiveGenerator.NAMES.get(rnd.nextInt(ArchiveGenerator.NAMES.size()));
      case DIGITS -> rnd.nextBoolean() ? Integer.toString(2016 + rnd.nextInt(11))
          : Integer.toString(2016 + rnd.nextInt(11)).chars().mapToObj(c -> String.valueOf((char) ('٠' + c - '0')))
              .reduce("", String::concat);
      case MARKED -> ArchiveGenerator.spell(words.words[rnd.nextInt(5_000)] + "َ", rnd);
      case NONE -> "زقزقةبلاعنوان" + rnd.nextInt(1000);
    };
  }
}
