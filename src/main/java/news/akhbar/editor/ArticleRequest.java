package news.akhbar.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import news.akhbar.article.ArticlePatch;
import news.akhbar.article.Byline;
import news.akhbar.article.Excerpts;
import news.akhbar.article.NewArticle;
import news.akhbar.article.Topics;

/** The editor's article body, POST (all of it) or PATCH (some of it): validated before anything is written. */
final class ArticleRequest {

  static final int TITLE_MAX = 300;
  static final int EXCERPT_MAX = 600;
  static final int BODY_MAX = BodyCleaner.BODY_MAX;
  static final int SOURCE_MAX = 200;
  static final String DEFAULT_TOPIC = "general";
  static final int TOPIC_MAX = Topics.MAX;
  /** How far ahead publishAt may be: a newsroom's embargo is at most a year (and a leap day). */
  static final Duration EMBARGO_MAX = Duration.ofDays(366);
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
  private static final Set<String> POST_FIELDS =
      Set.of("title", "body", "excerpt", "topic", "breaking", "source", "lang", "publishAt", Bylines.FIELD, "photo");
  private static final Set<String> PATCH_FIELDS = Set.of("title", "body", "excerpt", "topic", "breaking", "source",
      Bylines.FIELD, "photo");
  private static final Pattern PHOTO = Pattern.compile("[0-9a-f]{32}");
  private static final String PHOTO_RULE = "the id of a photo uploaded with POST /api/v1/photos";

  /** A new article, whether its excerpt was derived from the body, and when to publish it (null: now). */
  record Create(NewArticle article, boolean excerptDerived, Instant publishAt, String photo) {}

  /** A patch and the excerpt derived from its new body (null when the body is unchanged). */
  record Change(ArticlePatch patch, String derivedExcerpt, String photo) {}

  private ArticleRequest() {
  }

  /** @param byDefault the authors when the request names none */
  static Create create(JsonNode json, List<Byline> byDefault) {
    Fields f = new Fields(json, POST_FIELDS);
    String title = f.text("title", true, TITLE_MAX);
    String body = BodyCleaner.clean(f.text("body", false, BODY_MAX));
    String excerpt = f.text("excerpt", false, EXCERPT_MAX);
    Instant publishAt = f.instant("publishAt");
    if (publishAt != null && publishAt.isAfter(Instant.now().plus(EMBARGO_MAX))) {
      f.fail("publishAt", "must be at most " + EMBARGO_MAX.toDays() + " days ahead");
      publishAt = null;
    }
    String topic = f.matching("topic", Topics.shape(), DEFAULT_TOPIC, Topics.RULE).toLowerCase(Locale.ROOT);
    Boolean breaking = f.bool("breaking");
    String source = f.text("source", false, SOURCE_MAX);
    String lang = f.matching("lang", LANG, "ar", "a language tag such as ar, en or tr");
    List<Byline> authors = Bylines.read(f);
    String photo = f.matching("photo", PHOTO, null, PHOTO_RULE);
    if (photo != null && publishAt != null && publishAt.isAfter(Instant.now())) {
      f.fail("photo", "a scheduled article cannot carry a photo yet; add it once published");
    }
    f.check();
    String text = body == null ? "" : body;
    boolean derived = excerpt == null || excerpt.isEmpty();
    return new Create(new NewArticle(title, derived ? Excerpts.fromBody(text) : excerpt, text, topic,
        lang, Boolean.TRUE.equals(breaking), source, authors == null ? byDefault : authors, null), derived, publishAt,
        photo);
  }

  static Change change(JsonNode json) {
    Fields f = new Fields(json, PATCH_FIELDS);
    String title = f.text("title", false, TITLE_MAX);
    if (f.has("title") && title != null && !Fields.visible(title)) {
      f.fail("title", "must not be blank");
    }
    String body = BodyCleaner.clean(f.text("body", false, BODY_MAX));
    String excerpt = f.text("excerpt", false, EXCERPT_MAX);
    String topic = f.has("topic") ? f.matching("topic", Topics.shape(), null, Topics.RULE) : null;
    Boolean breaking = f.bool("breaking");
    String source = f.text("source", false, SOURCE_MAX);
    List<Byline> authors = Bylines.read(f);
    String photo = f.matching("photo", PHOTO, null, PHOTO_RULE);
    f.check();
    ArticlePatch patch = new ArticlePatch(title, excerpt, body,
        topic == null ? null : topic.toLowerCase(Locale.ROOT), breaking, source, authors, null);
    if (patch.isEmpty() && photo == null) {
      f.fail("body", "name at least one of title, excerpt, body, topic, breaking, source, authors, photo");
      f.check();
    }
    return new Change(patch, body == null ? null : Excerpts.fromBody(body), photo);
  }
}
