package news.akhbar.live;

/** A validated new entry: body cleaned, title null when there is none. */
public record NewEntry(String title, String body, boolean keyEvent, boolean pinned, boolean summary) {
}
