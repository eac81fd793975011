package news.akhbar.bench;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import news.akhbar.article.Excerpts;

/**
 * A newsroom's ten years, deterministic: article i (0 = oldest) depends only on the seed and i. Thirty topics of
 * uneven size, titles of 5–15 words and bodies of 150–800 in paragraphs, Zipf words from {@link ArabicWords} written
 * the way real Arabic text is (the definite article and proclitics, now and then tashkeel, a dropped or added hamza,
 * ة written ه, ى for ي and back, tatweel), names of people and places, numbers in Latin and Arabic-Indic digits,
 * a few Latin names. About 3 % are breaking and 0.5 % retracted before the next one is published.
 */
final class ArchiveGenerator {

  static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
  static final Instant START = END.minusSeconds(10L * 365 * 24 * 3600);
  static final List<String> TOPICS = List.of("politics", "economy", "world", "local", "sports", "culture",
      "technology", "health", "science", "general", "energy", "education", "environment", "justice", "security",
      "business", "markets", "travel", "food", "arts", "books", "cinema", "music", "religion", "weather", "transport",
      "agriculture", "housing", "labour", "opinion");
  static final List<String> NAMES = List.of("محمد", "أحمد", "محمود", "فاطمة", "عائشة", "يوسف", "إبراهيم", "مصطفى",
      "خديجة", "ليلى", "سلمى", "عمر", "علي", "حسن", "حسين", "مريم", "زينب", "هدى", "نور", "عبد الله", "عبد الرحمن",
      "القاهرة", "الإسكندرية", "عمّان", "بيروت", "دمشق", "بغداد", "الرياض", "جدة", "الدوحة", "أبوظبي", "دبي",
      "الخرطوم", "تونس", "الجزائر", "الرباط", "طرابلس", "صنعاء", "مسقط", "الكويت", "المنامة", "غزة", "القدس",
      "رام الله", "نابلس", "أنقرة", "إسطنبول", "Erdoğan", "Macron", "OPEC", "NASA", "FIFA");
  private static final List<String> SOURCES = List.of("وكالة الأنباء", "رويترز", "فرانس برس", "مراسلنا",
      "أسوشيتد برس", "بيان رسمي", "وكالات");
  private static final String MARKS = "\u064E\u064F\u0650\u0652\u0651\u064B";

  /** One generated article, before it has an id. */
  record Generated(String title, String excerpt, String body, String topic, boolean breaking, String source,
                   Instant publishedAt, boolean retracted) {
  }

  private final ArabicWords words;
  private final long seed;
  private final int count;
  private final double[] topicCumulative = new double[TOPICS.size()];

  ArchiveGenerator(ArabicWords words, long seed, int count) {
    this.words = words;
    this.seed = seed;
    this.count = count;
    double sum = 0;
    for (int t = 0; t < TOPICS.size(); t++) {
      sum += 1.0 / (t + 2);
      topicCumulative[t] = sum;
    }
    for (int t = 0; t < TOPICS.size(); t++) {
      topicCumulative[t] /= sum;
    }
  }

  /** When a retracted article i is retracted: before the next article is published, so events stay in order. */
  Instant retractedAt(int i) {
    return Instant.ofEpochMilli(START.toEpochMilli() + (i + 1L) * step() - 1);
  }

  private long step() {
    return (END.toEpochMilli() - START.toEpochMilli()) / count;
  }

  Generated article(int i) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
    boolean retracted = rnd.nextInt(200) == 0;
    long step = step();
    Instant at = Instant.ofEpochMilli(START.toEpochMilli() + i * step + rnd.nextLong(Math.max(1, step)));
    String topic = topic(rnd.nextDouble());
    StringBuilder title = new StringBuilder();
    int titleWords = 5 + rnd.nextInt(11);
    for (int w = 0; w < titleWords; w++) {
      title.append(w == 0 ? "" : " ").append(token(rnd));
    }
    int bodyWords = 150 + rnd.nextInt(651);
    StringBuilder body = new StringBuilder();
    String firstTwo = null;
    int written = 0;
    for (int p = 0; written < bodyWords; p++) {
      body.append("<p>");
      int paragraph = Math.min(bodyWords - written, 40 + rnd.nextInt(61));
      for (int w = 0; w < paragraph; w++) {
        body.append(w == 0 ? "" : " ").append(token(rnd));
        if (w == paragraph - 1 || rnd.nextInt(14) == 0) {
          body.append('.');
        } else if (rnd.nextInt(12) == 0) {
          body.append('،');
        }
      }
      written += paragraph;
      body.append("</p>");
      if (p == 1) {
        firstTwo = body.toString();
      }
    }
    String excerpt = Excerpts.fromBody(firstTwo == null ? body.toString() : firstTwo);
    boolean breaking = rnd.nextInt(33) == 0;
    String source = rnd.nextInt(5) == 0 ? null : SOURCES.get(rnd.nextInt(SOURCES.size()));
    return new Generated(title.toString(), excerpt, body.toString(), topic, breaking, source, at, retracted);
  }

  private String topic(double u) {
    for (int t = 0; t < topicCumulative.length; t++) {
      if (u <= topicCumulative[t]) {
        return TOPICS.get(t);
      }
    }
    return TOPICS.get(TOPICS.size() - 1);
  }

  /** One word as it would be written in an article. */
  private String token(SplittableRandom rnd) {
    int roll = rnd.nextInt(1000);
    if (roll < 10) {
      return NAMES.get(rnd.nextInt(NAMES.size()));
    }
    if (roll < 25) {
      return number(rnd);
    }
    return spell(words.draw(rnd), rnd);
  }

  private static String number(SplittableRandom rnd) {
    int kind = rnd.nextInt(3);
    String n = kind == 0 ? Integer.toString(2016 + rnd.nextInt(11))
        : kind == 1 ? Integer.toString(1 + rnd.nextInt(1000)) : (1 + rnd.nextInt(99)) + "%";
    if (rnd.nextInt(5) >= 2) {
      return n;
    }
    StringBuilder indic = new StringBuilder();
    for (char c : n.toCharArray()) {
      indic.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c == '%' ? '٪' : c);
    }
    return indic.toString();
  }

  /** The spelling variations of real text, each now and then. */
  static String spell(String word, SplittableRandom rnd) {
    String w = word;
    int roll = rnd.nextInt(100);
    if (roll < 18 && !w.startsWith("ال") && w.length() > 2) {
      w = "ال" + w;
    } else if (roll < 21) {
      w = "و" + w;
    } else if (roll < 23) {
      w = "ب" + w;
    }
    if ((w.startsWith("أ") || w.startsWith("إ")) && rnd.nextInt(25) == 0) {
      w = "ا" + w.substring(1);
    } else if (w.startsWith("ا") && !w.startsWith("ال") && rnd.nextInt(100) == 0) {
      w = "أ" + w.substring(1);
    }
    if (w.endsWith("ة") && rnd.nextInt(20) == 0) {
      w = w.substring(0, w.length() - 1) + "ه";
    } else if (w.endsWith("ي") && rnd.nextInt(20) == 0) {
      w = w.substring(0, w.length() - 1) + "ى";
    } else if (w.endsWith("ى") && rnd.nextInt(20) == 0) {
      w = w.substring(0, w.length() - 1) + "ي";
    }
    if (rnd.nextInt(33) == 0) {
      StringBuilder marked = new StringBuilder();
      for (int c = 0; c < w.length(); c++) {
        marked.append(w.charAt(c));
        if (rnd.nextInt(2) == 0) {
          marked.append(MARKS.charAt(rnd.nextInt(MARKS.length())));
        }
      }
      w = marked.toString();
    } else if (w.length() > 3 && rnd.nextInt(200) == 0) {
      w = w.substring(0, 2) + "ـ" + w.substring(2);
    }
    return w;
  }
}
