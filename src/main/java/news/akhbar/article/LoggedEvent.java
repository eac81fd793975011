package news.akhbar.article;

import java.time.Instant;
import news.akhbar.fanout.Published;

/** A stream event as the log holds it, with the moment it was committed. */
public record LoggedEvent(Published event, Instant at) {
}
