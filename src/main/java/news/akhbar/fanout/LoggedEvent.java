package news.akhbar.fanout;

import java.time.Instant;

/** A stream event as the log holds it, with the moment it was committed. */
public record LoggedEvent(StreamEvent event, Instant at) {
}
