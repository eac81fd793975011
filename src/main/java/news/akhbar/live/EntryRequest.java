package news.akhbar.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import news.akhbar.editor.BodyCleaner;
import news.akhbar.editor.ConsoleRules;
import news.akhbar.editor.Fields;

/** An editor's entry, POST (a body at least) or PATCH (any of its fields): validated before anything is written. */
final class EntryRequest {

  static final int TITLE_MAX = ConsoleRules.ENTRY_TITLE_MAX;
  private static final Set<String> FIELDS = Set.of("title", "body", "keyEvent", "pinned", "summary");

  private EntryRequest() {
  }

  static NewEntry create(JsonNode json) {
    Fields f = new Fields(json, FIELDS);
    String title = f.shown("title", TITLE_MAX);
    String body = body(f);
    Boolean keyEvent = f.bool("keyEvent");
    Boolean pinned = f.bool("pinned");
    Boolean summary = f.bool("summary");
    f.check();
    return new NewEntry(title, body, Boolean.TRUE.equals(keyEvent), Boolean.TRUE.equals(pinned),
        Boolean.TRUE.equals(summary));
  }

  static EntryPatch change(JsonNode json) {
    Fields f = new Fields(json, FIELDS);
    boolean titleSent = json.has("title");
    String title = f.shown("title", TITLE_MAX);
    String body = json.has("body") ? body(f) : null;
    Boolean keyEvent = f.bool("keyEvent");
    Boolean pinned = f.bool("pinned");
    Boolean summary = f.bool("summary");
    f.check();
    if (!titleSent && body == null && keyEvent == null && pinned == null && summary == null) {
      f.fail("body", "name at least one of title, body, keyEvent, pinned, summary");
      f.check();
    }
    return new EntryPatch(title, titleSent && title == null, body, keyEvent, pinned, summary);
  }

  /** The cleaned body; an error when it is missing, too long, or shows nothing once cleaned. */
  private static String body(Fields f) {
    String raw = f.text("body", true, BodyCleaner.BODY_MAX);
    if (raw == null) {
      return null;
    }
    String clean = BodyCleaner.clean(raw);
    if (BodyCleaner.showsNothing(clean)) {
      f.fail("body", "must show some text or an image once cleaned of markup that is not allowed");
      return null;
    }
    return clean;
  }
}
