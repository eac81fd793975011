package news.akhbar.article;

import java.time.Instant;
import news.akhbar.fanout.StreamEvent;

/** A stream event as the log holds it, with the moment it was committed. */
public record LoggedEvent(StreamEvent event, Instant at) {
}
