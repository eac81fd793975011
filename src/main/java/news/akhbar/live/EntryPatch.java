package news.akhbar.live;

import news.akhbar.article.EventWriter;

/**
 * A validated change of an entry: null leaves a field as it is.
 *
 * @param clearTitle true to remove the title (sent as "" or null)
 */
public record EntryPatch(String title, boolean clearTitle, String body, Boolean keyEvent, Boolean pinned,
                         Boolean summary) {

  /** The entry as this change leaves it, stamped with the change's event. */
  EntryView applied(EntryView old, EventWriter.Next ev) {
    String newTitle = clearTitle ? null : title != null ? title : old.title();
    return new EntryView(old.id(), old.coverageId(), newTitle, body != null ? body : old.body(), old.author(),
        old.publishedAt(), ev.at(), keyEvent != null ? keyEvent : old.keyEvent(),
        pinned != null ? pinned : old.pinned(), summary != null ? summary : old.summary(), Long.toString(ev.id()));
  }
}
