package news.akhbar.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.akhbar.article.Byline;

/**
 * The "authors" field of an article request: an array of one to {@link #MAX} bylines, each
 * {@code {"name": "…", "type": "Person" | "Organization"}} (type defaults to Person). A name is visible text of at
 * most {@link #NAME_MAX} characters. Errors name the item, as {@code authors[1].name}.
 */
final class Bylines {

  static final String FIELD = "authors";
  static final int MAX = 5;
  static final int NAME_MAX = 120;
  private static final Set<String> KNOWN = Set.of("name", "type");
  private static final Pattern TYPE = Pattern.compile(Byline.PERSON + "|" + Byline.ORGANIZATION);

  private Bylines() {
  }

  /** The bylines sent, or null when the field is absent or null (the caller's default applies). */
  static List<Byline> read(Fields f) {
    JsonNode node = f.node(FIELD);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray() || node.isEmpty() || node.size() > MAX) {
      f.fail(FIELD, "must be an array of 1 to " + MAX + " authors, each {name, type}");
      return null;
    }
    List<Byline> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      Fields item = f.nested(FIELD + "[" + i + "]", node.get(i), KNOWN);
      if (item != null) {
        String name = item.text("name", true, NAME_MAX);
        String type = item.matching("type", TYPE, Byline.PERSON, "must be Person or Organization");
        out.add(new Byline(name, type));
      }
    }
    return out;
  }

  /** Who an article is credited to when its request names nobody: the editor who posted it, or the newsroom. */
  static List<Byline> of(Principal who) {
    return List.of(who.id() == null ? Byline.DESK : new Byline(who.name(), Byline.PERSON));
  }
}
