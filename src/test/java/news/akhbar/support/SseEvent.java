package news.akhbar.support;

/** One dispatched server-sent event as a browser would see it (comments and retry lines are not events). */
public record SseEvent(String id, String event, String data) {
}
